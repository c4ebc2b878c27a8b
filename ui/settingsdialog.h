#pragma once

#include <QDialog>

class CacheSettings;
class QAction;

// Edit > Preferences: the app's settings, one group per subject (for now the timeline cache).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // cacheRoot: the timeline cache's folder; empty: the default one.
    explicit SettingsDialog(const QString &cacheRoot = {}, QWidget *parent = nullptr);

    CacheSettings *cacheSettings() const { return m_cache; }

    // "Preferences…" with the platform's shortcut; opens a dialog over window each time it is triggered.
    static QAction *createAction(QWidget *window);

private:
    CacheSettings *m_cache = nullptr;
};
