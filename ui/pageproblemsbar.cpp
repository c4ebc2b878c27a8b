#include "pageproblemsbar.h"

#include "models/artifactlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PageProblemsBar::PageProblemsBar(ArtifactListModel *model, QWidget *parent)
    : NoticeBar(parent)
    , m_model(model)
{
    setObjectName(u"pageProblems"_s);
    setDismissOnAction(false); // Details shows more; the notice stays until closed or the list reloads
    connect(model, &ArtifactListModel::itemsSkipped, this, [this](const QList<SkippedItem> &items) {
        for (const SkippedItem &item : items)
            m_skipped.append({m_model->pagesLoaded(), item});
        m_pageHadProblems = true;
    });
    connect(model, &ArtifactListModel::utf8Replaced, this, [this](int count) {
        m_replaced += count;
        m_pageHadProblems = true;
    });
    connect(model, &ArtifactListModel::pageLoaded, this, &PageProblemsBar::onPageLoaded);
    connect(model, &QAbstractItemModel::modelReset, this, &PageProblemsBar::reset);
    connect(this, &NoticeBar::actionTriggered, this, &PageProblemsBar::showDetails);
}

void PageProblemsBar::reset()
{
    m_skipped.clear();
    m_replaced = 0;
    m_pageHadProblems = false;
    dismiss();
}

void PageProblemsBar::onPageLoaded()
{
    if (!std::exchange(m_pageHadProblems, false))
        return;
    QStringList parts;
    if (!m_skipped.isEmpty()) {
        QStringList pages;
        for (const Skipped &skipped : std::as_const(m_skipped)) {
            if (const QString page = QString::number(skipped.page); !pages.contains(page))
                pages.append(page);
        }
        parts.append(tr(
            "%n artifact(s) could not be read and were skipped (page %1)", nullptr, static_cast<int>(m_skipped.size()))
                         .arg(pages.join(u", "_s)));
    }
    if (m_replaced > 0)
        parts.append(tr("%n invalid character sequence(s) are shown as \uFFFD", nullptr, m_replaced));
    const QString summary = parts.join(u"; "_s) + u'.';
    showNotice(summary, m_skipped.isEmpty() ? QString() : tr("&Details\u2026"),
        tr("Why each artifact was skipped, with the data the server sent for it"));
    Q_EMIT summaryChanged(summary);
}

QString PageProblemsBar::detailsText() const
{
    QStringList entries;
    for (const Skipped &s : m_skipped) {
        entries.append(
            tr("Page %1, item %2: %3").arg(s.page).arg(s.item.index + 1).arg(s.item.reason) + u'\n' + s.item.excerpt);
    }
    return entries.join(u"\n\n"_s);
}

void PageProblemsBar::showDetails()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"skippedItemsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Artifacts that could not be read"));
    auto *intro = new QLabel(tr("The server sent these items in its list; they are left out of the table. "
                                "Each shows why, and the start of what was sent."),
        dialog);
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit(detailsText(), dialog);
    text->setObjectName(u"skippedItemsText"_s);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Skipped artifacts"));
    text->setToolTip(tr("Reason and raw data of each skipped artifact"));
    text->setMinimumSize(560, 300);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the whole list, for a ticket"));
    connect(copy, &QPushButton::clicked, dialog, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->open();
}
