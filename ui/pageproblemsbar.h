#pragma once

#include "domain/artifact.h"
#include "noticebar.h"

class ArtifactListModel;

// Above the artifact table: how many artifacts of the pages loaded so far could not be read (and were
// skipped), and how many invalid characters were shown as U+FFFD, with Details listing each skipped
// item's reason and the raw JSON it came with. Follows the model: a reload or a client switch starts
// the count afresh.
class PageProblemsBar : public NoticeBar
{
    Q_OBJECT
public:
    struct Skipped
    {
        int page = 0;
        SkippedItem item;
    };

    explicit PageProblemsBar(ArtifactListModel *model, QWidget *parent = nullptr);

    const QList<Skipped> &skipped() const { return m_skipped; }
    int replacedSequences() const { return m_replaced; }
    // The Details text: one entry per skipped item (page, position, reason, raw excerpt).
    QString detailsText() const;

Q_SIGNALS:
    // A page brought problems: a one-line summary for the status bar.
    void summaryChanged(const QString &summary);

private:
    void onPageLoaded();
    void reset();
    void showDetails();

    ArtifactListModel *m_model = nullptr;
    QList<Skipped> m_skipped;
    int m_replaced = 0;
    bool m_pageHadProblems = false;
};
