#include "deleteconfirmation.h"

#include "core/timeformat.h"
#include "detailfields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString createdText(const QDateTime &created)
{
    if (!created.isValid())
        return DeleteConfirmation::tr("unknown");
    // Local time to recognise it, UTC to compare with what a customer or a log quotes.
    return DeleteConfirmation::tr("%1 local time").arg(TimeFormat::local(created)) + u'\n'
        + DeleteConfirmation::tr("%1 UTC").arg(TimeFormat::utc(created));
}

QString statusText(const ArtifactStatus &status)
{
    const QString code = status.code.isEmpty() ? DeleteConfirmation::tr("unknown") : status.code;
    return status.subCode && !status.subCode->isEmpty() ? DeleteConfirmation::tr("%1 (%2)").arg(code, *status.subCode)
                                                        : code;
}

} // namespace

DeleteConfirmation::DeleteConfirmation(const Artifact &artifact, QWidget *parent)
    : QDialog(parent)
    , m_artifactId(artifact.id)
{
    setObjectName(u"deleteConfirmation"_s);
    setWindowTitle(tr("Delete artifact"));
    setAccessibleName(tr("Delete artifact"));
    setAccessibleDescription(tr("Confirm deleting participant events %1").arg(artifact.id));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"deleteWarningIcon"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAccessibleName(tr("Warning"));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *question = new QLabel(tr("Delete these participant events?"), this);
    question->setObjectName(u"deleteQuestion"_s);
    question->setAccessibleName(question->text());
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    // The values are selectable, by keyboard too: a support person may want to paste the id into a ticket.
    const auto addField = [this](QFormLayout *form, const QString &objectName, const QString &field,
                              const QString &text, const QString &toolTip) {
        QLabel *value = DetailFields::createValueLabel(objectName, this, true);
        value->setWordWrap(false);
        DetailFields::setField(value, field, text, toolTip);
        form->addRow(field + u':', value);
    };
    auto *form = DetailFields::createForm(nullptr);
    addField(form, u"deleteArtifactId"_s, tr("Artifact"), artifact.id, tr("The full id of the artifact to delete"));
    addField(form, u"deleteRecordingId"_s, tr("Recording"),
        artifact.recording.id.isEmpty() ? tr("unknown") : artifact.recording.id,
        tr("The recording these participant events belong to"));
    addField(form, u"deleteCreated"_s, tr("Created"), createdText(artifact.createdAt),
        tr("When the artifact was created, in this computer's time zone and in UTC"));
    addField(
        form, u"deleteStatus"_s, tr("Status"), statusText(artifact.status), tr("The artifact's status as last loaded"));

    auto *consequence = new QLabel(tr("The server marks the artifact as deleted; its row will then show the status "
                                      "“deleted”. This cannot be undone from Participant Inspector."),
        this);
    consequence->setObjectName(u"deleteConsequence"_s);
    consequence->setWordWrap(true);
    consequence->setAccessibleName(consequence->text());
    // Wide enough for the full ids with room to spare, so that the paragraph wraps into a few lines.
    consequence->setMinimumWidth(consequence->fontMetrics().averageCharWidth() * 64);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"deleteButtons"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelDelete"_s);
    m_cancel->setAccessibleName(tr("Cancel, delete nothing"));
    m_cancel->setToolTip(tr("Close without deleting anything (Esc)"));
    m_delete = buttons->addButton(tr("&Delete artifact"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"confirmDelete"_s);
    m_delete->setAccessibleName(tr("Delete artifact %1").arg(artifact.id));
    m_delete->setToolTip(tr("Ask the server to delete this artifact; this cannot be undone from this app"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    // Enter must never delete by accident: Cancel is the default, and the destructive button is only
    // pressed by going to it (it becomes the default while it has the focus, as dialog buttons do).
    m_delete->setDefault(false);
    m_cancel->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout;
    body->addWidget(question);
    body->addLayout(form);
    body->addWidget(consequence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    // Tab starts at Cancel, then the destructive button, then the values to copy.
    m_cancel->setFocus(Qt::OtherFocusReason);
    setTabOrder(m_cancel, m_delete);
}

QString DeleteConfirmation::text() const
{
    QStringList lines;
    const auto labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}
