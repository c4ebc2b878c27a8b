#include "batchoperation.h"

#include "core/shorttext.h"
#include "edit/metadatadiff.h"
#include "edit/metadataeditmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchOps)
};

using ShortText::cut;
using ShortText::oneLine;

// Keys as sentences show them: on one line, and an empty key never as nothing.
QString keyText(const QString &key)
{
    return key.isEmpty() ? Text::tr("(empty key)") : oneLine(key);
}

// The rules of one key and value, as the metadata editor says them of a row.
QString entryProblem(const QString &key, const MetadataValue &value = {})
{
    return MetadataEditModel::entryProblem(key, value);
}

BatchOps::Applied unchanged(const Metadata &before, BatchVerdict verdict, const QString &reason)
{
    return {before, verdict, reason};
}

// The first condition (OnlyWhere) the map as fetched does not meet, as a sentence; empty when all hold.
QString unmetCondition(const Metadata &before, const QList<BatchOperation> &operations)
{
    for (const BatchOperation &op : operations) {
        if (op.kind != BatchOperation::Kind::OnlyWhere)
            continue;
        const auto found = before.constFind(op.key);
        if (found == before.cend())
            return Text::tr("Not changed: %1 is missing here, and the batch is only for artifacts where it is %2.")
                .arg(keyText(op.key), BatchOps::valueText(MetadataValue(op.value)));
        // Exactly the value: a null, a raw JSON 5 or another string is not the text asked for.
        if (*found != MetadataValue(op.value))
            return Text::tr("Not changed: %1 is %2 here, and the batch is only for artifacts where it is %3.")
                .arg(keyText(op.key), BatchOps::valueText(*found), BatchOps::valueText(MetadataValue(op.value)));
    }
    return {};
}
} // namespace

BatchOperation BatchOperation::set(const QString &key, const QString &value)
{
    return {Kind::Set, key, value, {}, WhenNewKeyExists::Keep};
}

BatchOperation BatchOperation::remove(const QString &key)
{
    return {Kind::Remove, key, {}, {}, WhenNewKeyExists::Keep};
}

BatchOperation BatchOperation::rename(const QString &key, const QString &newKey, WhenNewKeyExists when)
{
    return {Kind::Rename, key, {}, newKey, when};
}

BatchOperation BatchOperation::onlyWhere(const QString &key, const QString &value)
{
    return {Kind::OnlyWhere, key, value, {}, WhenNewKeyExists::Keep};
}

namespace BatchOps {

QString problem(const BatchOperation &operation)
{
    switch (operation.kind) {
    case BatchOperation::Kind::Set:
        return entryProblem(operation.key, MetadataValue(operation.value));
    case BatchOperation::Kind::Remove:
    case BatchOperation::Kind::OnlyWhere:
        return entryProblem(operation.key);
    case BatchOperation::Kind::Rename:
        if (const QString p = entryProblem(operation.key); !p.isEmpty())
            return p;
        if (operation.newKey.isEmpty())
            return Text::tr("The new key is empty.");
        if (operation.newKey == operation.key)
            return Text::tr("The new key is the key itself: there is nothing to rename.");
        return entryProblem(operation.newKey);
    }
    return {};
}

QString firstProblem(const QList<BatchOperation> &operations)
{
    bool changesSomething = false;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        if (const QString p = problem(operations.at(i)); !p.isEmpty())
            return Text::tr("Operation %1: %2").arg(i + 1).arg(p);
        changesSomething = changesSomething || operations.at(i).kind != BatchOperation::Kind::OnlyWhere;
    }
    if (!changesSomething)
        return Text::tr("There is nothing to do: add an operation that sets, removes or renames a key.");
    return {};
}

Applied apply(const Metadata &before, const QList<BatchOperation> &operations)
{
    // Conditions first, all on the map as fetched: they choose artifacts, wherever they stand in the list.
    if (const QString unmet = unmetCondition(before, operations); !unmet.isEmpty())
        return unchanged(before, BatchVerdict::NoChange, unmet);

    Metadata after = before;
    QString kept; // why a rename was not done (Keep), for a NoChange sentence
    for (const BatchOperation &op : operations) {
        switch (op.kind) {
        case BatchOperation::Kind::OnlyWhere:
            break;
        case BatchOperation::Kind::Set:
            after.insert(op.key, MetadataValue(op.value));
            break;
        case BatchOperation::Kind::Remove:
            after.remove(op.key);
            break;
        case BatchOperation::Kind::Rename: {
            if (!after.contains(op.key))
                break;
            if (after.contains(op.newKey)) {
                if (op.whenNewKeyExists == BatchOperation::WhenNewKeyExists::SkipArtifact)
                    return unchanged(before, BatchVerdict::Skipped,
                        Text::tr("Skipped: %1 already exists here, and the rename of %2 skips such artifacts.")
                            .arg(keyText(op.newKey), keyText(op.key)));
                if (op.whenNewKeyExists == BatchOperation::WhenNewKeyExists::Keep) {
                    if (kept.isEmpty())
                        kept = Text::tr("Not changed: %1 already exists here, so %2 was not renamed (both kept).")
                                   .arg(keyText(op.newKey), keyText(op.key));
                    break;
                }
            }
            // The value moves as it is: null stays null, a raw JSON value stays as the server wrote it.
            const MetadataValue value = after.take(op.key);
            after.insert(op.newKey, value);
            break;
        }
        }
    }

    if (after == before)
        return unchanged(before, BatchVerdict::NoChange,
            kept.isEmpty() ? Text::tr("Not changed: the metadata already is as the operations want it.") : kept);
    // Every key, not only the changed ones: the whole map is sent, so a value the server already holds
    // against the rules would make the PATCH fail too.
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const QString p = entryProblem(it.key(), it.value()); !p.isEmpty())
            return unchanged(before, BatchVerdict::Invalid,
                Text::tr("Not sent: after the operations, key %1 would break a rule. %2").arg(keyText(it.key()), p));
    }
    return {after, BatchVerdict::WillChange, {}};
}

QString describe(const BatchOperation &operation)
{
    const QString key = keyText(operation.key);
    switch (operation.kind) {
    case BatchOperation::Kind::Set:
        return Text::tr("Set %1 to %2").arg(key, valueText(MetadataValue(operation.value)));
    case BatchOperation::Kind::Remove:
        return Text::tr("Remove %1").arg(key);
    case BatchOperation::Kind::Rename: {
        const QString newKey = keyText(operation.newKey);
        switch (operation.whenNewKeyExists) {
        case BatchOperation::WhenNewKeyExists::Keep:
            return Text::tr("Rename %1 to %2 (keep both where %2 exists)").arg(key, newKey);
        case BatchOperation::WhenNewKeyExists::Overwrite:
            return Text::tr("Rename %1 to %2 (overwrite %2 where it exists)").arg(key, newKey);
        case BatchOperation::WhenNewKeyExists::SkipArtifact:
            return Text::tr("Rename %1 to %2 (skip the artifact where %2 exists)").arg(key, newKey);
        }
        return {};
    }
    case BatchOperation::Kind::OnlyWhere:
        return Text::tr("Only where %1 is %2").arg(key, valueText(MetadataValue(operation.value)));
    }
    return {};
}

QString verdictText(BatchVerdict verdict)
{
    switch (verdict) {
    case BatchVerdict::WillChange:
        return Text::tr("will change");
    case BatchVerdict::NoChange:
        return Text::tr("no change");
    case BatchVerdict::Skipped:
        return Text::tr("skipped");
    case BatchVerdict::Invalid:
        return Text::tr("invalid");
    case BatchVerdict::Gone:
        return Text::tr("gone");
    case BatchVerdict::Failed:
        return Text::tr("failed");
    case BatchVerdict::NotFetched:
        return Text::tr("not fetched yet");
    }
    return {};
}

QString valueText(const std::optional<MetadataValue> &value, int maxChars)
{
    if (!value)
        return Text::tr("(absent)");
    if (value->isNull())
        return Text::tr("null");
    const QString shown = cut(oneLine(**value), maxChars);
    if (value->isRawJson())
        return shown;
    return u'\u201c' + shown + u'\u201d';
}

QStringList changeLines(const Metadata &before, const Metadata &after, int maxChars)
{
    QStringList lines;
    const QList<MetadataDiff::DiffRow> rows = MetadataDiff::diff(before, after);
    for (const MetadataDiff::DiffRow &row : rows) {
        const QString key = keyText(row.key);
        switch (row.kind) {
        case MetadataDiff::DiffRow::Kind::Added:
            lines << Text::tr("%1: added %2").arg(key, valueText(row.after, maxChars));
            break;
        case MetadataDiff::DiffRow::Kind::Changed:
            lines << Text::tr("%1: %2 → %3").arg(key, valueText(row.before, maxChars), valueText(row.after, maxChars));
            break;
        case MetadataDiff::DiffRow::Kind::Removed:
            lines << Text::tr("%1: removed").arg(key);
            break;
        case MetadataDiff::DiffRow::Kind::Unchanged:
            break;
        }
    }
    return lines;
}

} // namespace BatchOps
