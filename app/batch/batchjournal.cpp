#include "batchjournal.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

// The file, one compact JSON object (it is rewritten up to twice per artifact, so no indentation):
//   {"version":1,"id","connection","created_at","finished","operations":[…],"items":[…]}
//   operation: {"kind","key","value","new_key","when_new_key_exists"}
//   item: {"artifact_id","before","after","verdict","reason","idempotency_key","state","message"}
// Enums are written as words, so that a file stays readable when an enum gains a value. The maps are
// strings holding MetadataJson's text, as in the drafts and the history: a value the server wrote as a
// number stays exactly as written. Empty strings are left out, and so is "after" where it equals
// "before" (every item that is not sent); a missing field reads as its default.

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchJournal)
};

constexpr int formatVersion = 1;

constexpr std::pair<BatchOperation::Kind, QLatin1StringView> kindNames[] = {
    {BatchOperation::Kind::Set, "set"_L1},
    {BatchOperation::Kind::Remove, "remove"_L1},
    {BatchOperation::Kind::Rename, "rename"_L1},
    {BatchOperation::Kind::OnlyWhere, "only_where"_L1},
};
constexpr std::pair<BatchOperation::WhenNewKeyExists, QLatin1StringView> whenNames[] = {
    {BatchOperation::WhenNewKeyExists::Keep, "keep"_L1},
    {BatchOperation::WhenNewKeyExists::Overwrite, "overwrite"_L1},
    {BatchOperation::WhenNewKeyExists::SkipArtifact, "skip_artifact"_L1},
};
constexpr std::pair<BatchVerdict, QLatin1StringView> verdictNames[] = {
    {BatchVerdict::WillChange, "will_change"_L1},
    {BatchVerdict::NoChange, "no_change"_L1},
    {BatchVerdict::Skipped, "skipped"_L1},
    {BatchVerdict::Invalid, "invalid"_L1},
    {BatchVerdict::Gone, "gone"_L1},
    {BatchVerdict::Failed, "failed"_L1},
    {BatchVerdict::NotFetched, "not_fetched"_L1},
};
constexpr std::pair<BatchItem::RunState, QLatin1StringView> stateNames[] = {
    {BatchItem::RunState::NotSent, "not_sent"_L1},
    {BatchItem::RunState::Pending, "pending"_L1},
    {BatchItem::RunState::Sending, "sending"_L1},
    {BatchItem::RunState::Done, "done"_L1},
    {BatchItem::RunState::AlreadyDone, "already_done"_L1},
    {BatchItem::RunState::Conflict, "conflict"_L1},
    {BatchItem::RunState::Gone, "gone"_L1},
    {BatchItem::RunState::Failed, "failed"_L1},
};

template <typename Enum, std::size_t N> QString nameOf(const std::pair<Enum, QLatin1StringView> (&names)[N], Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return name;
    }
    return {};
}

// A missing field is the default; a word this version does not know makes the file unreadable.
template <typename Enum, std::size_t N>
bool readEnum(
    const QJsonObject &object, QLatin1StringView field, const std::pair<Enum, QLatin1StringView> (&names)[N], Enum *out)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return true;
    for (const auto &[e, name] : names) {
        if (value.toString() == name) {
            *out = e;
            return true;
        }
    }
    return false;
}

void putText(QJsonObject &object, QLatin1StringView field, const QString &text)
{
    if (!text.isEmpty())
        object.insert(field, text);
}

QString mapText(const Metadata &map)
{
    return QString::fromUtf8(MetadataJson::write(map));
}

// A map written by mapText; nullopt for a field that is there but not such a map.
std::optional<Metadata> readMap(const QJsonObject &object, QLatin1StringView field, const Metadata &fallback)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return fallback;
    if (!value.isString())
        return std::nullopt;
    return MetadataJson::read(value.toString().toUtf8());
}

QJsonObject operationObject(const BatchOperation &op)
{
    QJsonObject object {{"kind"_L1, nameOf(kindNames, op.kind)}};
    putText(object, "key"_L1, op.key);
    putText(object, "value"_L1, op.value);
    putText(object, "new_key"_L1, op.newKey);
    if (op.kind == BatchOperation::Kind::Rename)
        object.insert("when_new_key_exists"_L1, nameOf(whenNames, op.whenNewKeyExists));
    return object;
}

QJsonObject itemObject(const BatchItem &item)
{
    QJsonObject object {{"artifact_id"_L1, item.artifactId}, {"before"_L1, mapText(item.before)},
        {"verdict"_L1, nameOf(verdictNames, item.verdict)}, {"state"_L1, nameOf(stateNames, item.state)}};
    if (item.after != item.before)
        object.insert("after"_L1, mapText(item.after));
    putText(object, "reason"_L1, item.reason);
    putText(object, "idempotency_key"_L1, QString::fromUtf8(item.idempotencyKey));
    putText(object, "message"_L1, item.message);
    return object;
}

bool readOperation(const QJsonValue &value, BatchOperation *op)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    op->key = object.value("key"_L1).toString();
    op->value = object.value("value"_L1).toString();
    op->newKey = object.value("new_key"_L1).toString();
    return readEnum(object, "kind"_L1, kindNames, &op->kind)
        && readEnum(object, "when_new_key_exists"_L1, whenNames, &op->whenNewKeyExists);
}

bool readItem(const QJsonValue &value, BatchItem *item)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    item->artifactId = object.value("artifact_id"_L1).toString();
    const std::optional<Metadata> before = readMap(object, "before"_L1, {});
    const std::optional<Metadata> after = readMap(object, "after"_L1, before.value_or(Metadata()));
    if (item->artifactId.isEmpty() || !before || !after)
        return false;
    item->before = *before;
    item->after = *after;
    item->reason = object.value("reason"_L1).toString();
    item->idempotencyKey = object.value("idempotency_key"_L1).toString().toUtf8();
    item->message = object.value("message"_L1).toString();
    return readEnum(object, "verdict"_L1, verdictNames, &item->verdict)
        && readEnum(object, "state"_L1, stateNames, &item->state);
}

// Ids name files: only UUID-like ids, so that none can name a path outside the folder.
bool isSafeId(const QString &id)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]{1,100}$"_s);
    return safe.match(id).hasMatch();
}
} // namespace

int Batch::count(BatchItem::RunState state) const
{
    return static_cast<int>(
        std::count_if(items.cbegin(), items.cend(), [state](const BatchItem &item) { return item.state == state; }));
}

int Batch::toSend() const
{
    return static_cast<int>(std::count_if(
        items.cbegin(), items.cend(), [](const BatchItem &item) { return item.verdict == BatchVerdict::WillChange; }));
}

int Batch::settledToSend() const
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(),
        [](const BatchItem &item) { return item.verdict == BatchVerdict::WillChange && item.settled(); }));
}

BatchJournal::BatchJournal(const QString &folder)
    : m_folder(
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/batches"_s : folder)
{ }

QString BatchJournal::filePath(const QString &batchId) const
{
    return m_folder + u'/' + batchId + u".json"_s;
}

bool BatchJournal::save(const Batch &batch, QString *why)
{
    if (!isSafeId(batch.id)) {
        if (why)
            *why = Text::tr("The batch id “%1” cannot name a file.").arg(batch.id);
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        if (why)
            *why = Text::tr("Could not create the folder %1.").arg(m_folder);
        return false;
    }
    QJsonArray operations;
    for (const BatchOperation &op : batch.operations)
        operations.append(operationObject(op));
    QJsonArray items;
    for (const BatchItem &item : batch.items)
        items.append(itemObject(item));
    const QJsonObject object {{"version"_L1, formatVersion}, {"id"_L1, batch.id}, {"connection"_L1, batch.connection},
        {"created_at"_L1, batch.createdAt.toUTC().toString(Qt::ISODateWithMs)}, {"finished"_L1, batch.finished},
        {"operations"_L1, operations}, {"items"_L1, items}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);

    QSaveFile file(filePath(batch.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (why)
            *why = Text::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<Batch> BatchJournal::load(const QString &batchId, QString *why) const
{
    const auto fail = [why](const QString &reason) -> std::optional<Batch> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isSafeId(batchId))
        return fail(Text::tr("The batch id “%1” cannot name a file.").arg(batchId));
    QFile file(filePath(batchId));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("The journal %1 could not be opened: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(Text::tr("The journal %1 is damaged or cut short.").arg(file.fileName()));
    const QJsonObject object = document.object();
    if (object.value("version"_L1).toInt(formatVersion) > formatVersion)
        return fail(Text::tr("The journal %1 was written by a newer version of the app.").arg(file.fileName()));

    Batch batch;
    batch.id = object.value("id"_L1).toString(batchId);
    if (batch.id != batchId)
        return fail(Text::tr("The journal %1 belongs to another batch (%2).").arg(file.fileName(), batch.id));
    batch.connection = object.value("connection"_L1).toString();
    batch.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    batch.finished = object.value("finished"_L1).toBool(false);
    const QJsonArray operations = object.value("operations"_L1).toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        BatchOperation op;
        if (!readOperation(operations.at(i), &op))
            return fail(
                Text::tr("The journal %1 is damaged: operation %2 cannot be read.").arg(file.fileName()).arg(i + 1));
        batch.operations.append(op);
    }
    const QJsonArray items = object.value("items"_L1).toArray();
    batch.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        BatchItem item;
        if (!readItem(items.at(i), &item))
            return fail(Text::tr("The journal %1 is damaged: artifact %2 of the batch cannot be read.")
                            .arg(file.fileName())
                            .arg(i + 1));
        batch.items.append(item);
    }
    return batch;
}

QList<Batch> BatchJournal::unfinished(const QString &connection) const
{
    QList<Batch> batches;
    const QStringList names = QDir(m_folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const std::optional<Batch> batch = load(name.chopped(5));
        if (batch && !batch->finished && batch->connection == connection)
            batches.append(*batch);
    }
    std::stable_sort(
        batches.begin(), batches.end(), [](const Batch &a, const Batch &b) { return a.createdAt > b.createdAt; });
    return batches;
}

bool BatchJournal::remove(const QString &batchId)
{
    return isSafeId(batchId) && QFile::remove(filePath(batchId));
}
