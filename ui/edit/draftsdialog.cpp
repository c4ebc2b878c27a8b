#include "draftsdialog.h"

#include "edit/metadatadiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DraftsDialog::DraftsDialog(
    const DraftStore::Listing &listing, const std::function<QString(const QString &)> &namer, QWidget *parent)
    : QDialog(parent)
    , m_drafts(listing.drafts)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"draftsDialog"_s);
    setWindowTitle(tr("Unsaved metadata edits"));
    auto *intro = new QLabel(tr("These metadata edits were not saved when the app last closed. Restore one to "
                                "open its artifact with the edits in place (they merge with the live map when "
                                "you save), or discard it."),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"draftsList"_s);
    m_list->setAccessibleName(tr("Unsaved drafts"));
    m_list->setToolTip(tr("Each draft: its workspace, artifact, when it was last changed and how many keys"));
    m_list->setHeaderLabels({tr("Artifact"), tr("Connection"), tr("Changed"), tr("Edits")});
    m_list->setRootIsDecorated(false);
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const DraftStore::Draft &draft = m_drafts.at(i);
        const QString what = draft.target == DraftStore::Target::Recording
            ? tr("%1 (its recording's metadata)").arg(draft.artifactId)
            : draft.artifactId;
        const QString name = namer ? namer(draft.connection) : QString();
        auto *item = new QTreeWidgetItem(m_list,
            {what, name.isEmpty() ? draft.connection : name,
                QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat),
                MetadataDiff::summary(MetadataDiff::diff(draft.base, draft.edited))});
        item->setData(0, Qt::UserRole, QVariant::fromValue(i));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *unreadable = new QLabel(this);
    unreadable->setObjectName(u"unreadableDrafts"_s);
    unreadable->setAccessibleName(tr("Drafts that could not be read"));
    unreadable->setWordWrap(true);
    unreadable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList broken;
    for (const DraftStore::Unreadable &u : listing.unreadable)
        broken << tr("%1: %2").arg(u.filePath, u.reason);
    unreadable->setText(broken.isEmpty()
            ? QString()
            : tr("%n draft file(s) could not be read and are left where they are:", nullptr,
                  static_cast<int>(broken.size()))
                + u'\n' + broken.join(u'\n'));
    unreadable->setVisible(!broken.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(u"restoreDraftButton"_s);
    restoreButton->setToolTip(tr("Open the selected draft's artifact with the edits in place"));
    QPushButton *discardButton = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discardButton->setObjectName(u"discardDraftButton"_s);
    discardButton->setToolTip(tr("Delete the selected draft; its edits are lost"));
    QPushButton *laterButton = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    laterButton->setObjectName(u"laterDraftsButton"_s);
    laterButton->setToolTip(tr("Keep every draft and ask again at the next start"));
    const auto update = [this, restoreButton, discardButton] {
        restoreButton->setEnabled(m_list->currentItem());
        discardButton->setEnabled(m_list->currentItem());
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, update);
    update();
    connect(restoreButton, &QPushButton::clicked, this, [this] {
        if (const auto draft = selected()) {
            accept();
            Q_EMIT restoreRequested(*draft);
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, restoreButton, &QPushButton::click);
    connect(discardButton, &QPushButton::clicked, this, [this] {
        const auto draft = selected();
        if (!draft)
            return;
        Q_EMIT discardRequested(*draft);
        delete m_list->currentItem();
        if (m_list->topLevelItemCount() == 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(unreadable);
    layout->addWidget(buttons);
    resize(640, 320);
}

std::optional<DraftStore::Draft> DraftsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_drafts.value(item->data(0, Qt::UserRole).toInt());
}
