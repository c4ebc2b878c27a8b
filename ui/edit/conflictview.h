#pragma once

#include "edit/metadatamerge.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;

// The keys of a save that someone else changed on the server too, each side by side (as loaded, my
// value, the server's value now), with a choice per key between mine and theirs, and "Use all
// mine" / "Use all theirs". A header line says how many keys merged by themselves. Used inside the
// save preview and anywhere else a merge needs a choice; it only collects choices and never sends.
//
// Nothing is chosen at first: a conflict is a decision for the user, not a default.
// Keyboard: Tab reaches each key's pair of radio buttons (arrows switch within the pair) and the two
// "Use all" buttons.
class ConflictView : public QWidget
{
    Q_OBJECT
public:
    enum class Pick { None, Mine, Theirs };

    explicit ConflictView(QWidget *parent = nullptr);
    ~ConflictView() override;

    // Shows result's conflicts, all unchosen, and how many keys result.merged holds.
    void setMerge(const MetadataMerge::Result &result);
    const MetadataMerge::Result &merge() const { return m_result; }
    qsizetype conflictCount() const { return m_result.conflicts.size(); }

    Pick pick(qsizetype row) const;
    void setPick(qsizetype row, Pick pick);
    void useAllMine();
    void useAllTheirs();

    // Every conflict has a side chosen.
    bool isComplete() const;
    qsizetype unresolvedCount() const;
    // One side per conflict, in conflict order, for MetadataMerge::resolved(). A row without a choice
    // gives nullopt, which reads as "absent": use this only when isComplete().
    QList<MetadataMerge::Side> choices() const;
    // The map to send: the merge with every conflict resolved as chosen; nullopt until complete.
    std::optional<Metadata> resolved() const;

Q_SIGNALS:
    void choicesChanged();
    void completeChanged(bool complete);

private:
    struct Row
    {
        QRadioButton *mine = nullptr;
        QRadioButton *theirs = nullptr;
        QButtonGroup *group = nullptr;
    };
    void clearRows();
    void addRow(qsizetype index, const MetadataMerge::Conflict &conflict);
    void onPicked();
    void updateHeader();

    MetadataMerge::Result m_result;
    QLabel *m_header = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
    QList<Row> m_rows;
    bool m_complete = true; // no conflicts: nothing to choose
};
