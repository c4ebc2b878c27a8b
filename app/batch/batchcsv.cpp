#include "batchcsv.h"

#include "core/csv.h"
#include "domain/metadatajson.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchCsv)
};

using Csv::appendRow;
} // namespace

namespace BatchCsv {

QByteArray toCsv(const Batch &batch)
{
    QByteArray out;
    // The header names are for scripts and spreadsheets: never translated.
    appendRow(out,
        {u"artifact_id"_s, u"dry_run"_s, u"dry_run_reason"_s, u"result"_s, u"result_message"_s, u"changes"_s,
            u"before"_s, u"after"_s});
    for (const BatchItem &item : batch.items) {
        // Whole values in the changes (a cell holds them all); line breaks inside a value show as ↵.
        const QStringList changes = BatchOps::changeLines(item.before, item.after, 0);
        appendRow(out,
            {item.artifactId, BatchOps::verdictText(item.verdict), item.reason, stateText(item.state), item.message,
                changes.join(u'\n'), QString::fromUtf8(MetadataJson::write(item.before)),
                QString::fromUtf8(MetadataJson::write(item.after))});
    }
    return out;
}

bool write(const Batch &batch, const QString &path, QString *why)
{
    const QByteArray csv = toCsv(batch);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (why)
            *why = Text::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString stateText(BatchItem::RunState state)
{
    switch (state) {
    case BatchItem::RunState::NotSent:
        return Text::tr("not sent");
    case BatchItem::RunState::Pending:
        return Text::tr("pending");
    case BatchItem::RunState::Sending:
        return Text::tr("sending");
    case BatchItem::RunState::Done:
        return Text::tr("done");
    case BatchItem::RunState::AlreadyDone:
        return Text::tr("already done");
    case BatchItem::RunState::Conflict:
        return Text::tr("conflict");
    case BatchItem::RunState::Gone:
        return Text::tr("gone");
    case BatchItem::RunState::Failed:
        return Text::tr("failed");
    }
    return {};
}

} // namespace BatchCsv
