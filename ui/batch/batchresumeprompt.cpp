#include "batchresumeprompt.h"

#include "batchtext.h"

#include <QDateTime>
#include <QPushButton>

using namespace Qt::StringLiterals;

BatchResumePrompt::BatchResumePrompt(const Batch &batch, const QString &connectionLabel, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Unfinished batch edit"),
        BatchText::resumeQuestion(batch, connectionLabel, QDateTime::currentDateTime()), QMessageBox::NoButton, parent)
    , m_batch(batch)
{
    setObjectName(u"batchResumePrompt"_s);
    setWindowModality(Qt::WindowModal);
    QStringList operations;
    for (const BatchOperation &operation : batch.operations)
        operations.append(BatchOps::describe(operation));
    setInformativeText(tr("Operations:") + u"\n"_s + operations.join(u'\n'));
    m_resume = addButton(tr("&Resume"), QMessageBox::AcceptRole);
    m_resume->setObjectName(u"batchResumeChoice"_s);
    m_resume->setToolTip(tr("Open the batch and send the changes not sent yet"));
    m_later = addButton(tr("&Later"), QMessageBox::RejectRole);
    m_later->setObjectName(u"batchLaterChoice"_s);
    m_later->setToolTip(tr("Ask again the next time this connection opens"));
    m_discard = addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    m_discard->setObjectName(u"batchDiscardChoice"_s);
    m_discard->setToolTip(tr("Forget the batch: the changes not sent yet are never sent (those sent stay)"));
    setDefaultButton(m_resume);
    setEscapeButton(m_later);
    connect(this, &QMessageBox::finished, this, [this] {
        if (clickedButton() == m_resume)
            Q_EMIT resumeChosen(m_batch);
        else if (clickedButton() == m_discard)
            Q_EMIT discardChosen(m_batch.id);
    });
}
