#pragma once

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

// One chip per status code with the number of loaded rows that have it. Clicking chips narrows the
// list to those codes (a client-side filter of loaded rows); with none checked every row shows.
class StatusLegend : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLegend(QWidget *parent = nullptr);

    // Raw code -> rows. The four documented codes always have a chip; others appear as they are seen.
    void setCounts(const QMap<QString, int> &counts);
    QSet<QString> checkedCodes() const;
    void setCheckedCodes(const QSet<QString> &codes);
    QToolButton *chip(const QString &code) const { return m_chips.value(code); }

Q_SIGNALS:
    void checkedCodesChanged(const QSet<QString> &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *ensureChip(const QString &code);
    void restyle(const QString &code, QToolButton *chip);

    QHBoxLayout *m_layout = nullptr;
    QHash<QString, QToolButton *> m_chips;
    QMap<QString, int> m_counts;
};
