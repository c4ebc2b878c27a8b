#pragma once

#include "timeline/timelinecache.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

// The "Timeline cache" group of the settings: where the downloaded timeline files are kept, how much
// room they take, and a Clear button (asks first). The size is read when the group is created and after
// every clear; the cache holds three files per artifact version, so reading it is quick.
class CacheSettings : public QGroupBox
{
    Q_OBJECT
public:
    // cacheRoot: the cache's folder; empty: the default (TimelineCache's).
    explicit CacheSettings(const QString &cacheRoot = {}, QWidget *parent = nullptr);

    QString cacheRoot() const { return m_cache.root(); }
    // Reads the size again (the fetcher may have added files since).
    void refresh();

Q_SIGNALS:
    // After a clear: ok is false when some files could not be removed (message says which folder).
    void cleared(bool ok, const QString &message);

private:
    void askToClear();
    void clear();

    TimelineCache m_cache;
    QLabel *m_location = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_clear = nullptr;
};
