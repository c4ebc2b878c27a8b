#include "historystore.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

constexpr int formatVersion = 1;
const QString fileSuffix = u".history"_s;

// File names from the ids, hashed as DraftStore does: no id can name a path outside the folder.
QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString targetName(HistoryStore::TargetKind kind)
{
    return kind == HistoryStore::TargetKind::Recording ? u"recording"_s : u"artifact"_s;
}

// One save as one line of JSON. The maps are JSON strings holding MetadataJson's text: a RawJson value
// may contain a line break (JSON allows whitespace inside a list), and inside a string it is escaped,
// so that no value can split a line; MetadataJson keeps each raw value exactly as the server wrote it.
QByteArray line(const HistoryStore::Entry &entry)
{
    QByteArray json = "{\"v\":" + QByteArray::number(formatVersion) + ",\"connection\":";
    MetadataJson::appendString(json, entry.connection);
    json += ",\"artifact\":";
    MetadataJson::appendString(json, entry.artifactId);
    json += ",\"target\":";
    MetadataJson::appendString(json, targetName(entry.target.kind));
    json += ",\"target_id\":";
    MetadataJson::appendString(json, entry.target.id);
    json += ",\"saved_at\":";
    MetadataJson::appendString(json, entry.savedAt.toUTC().toString(Qt::ISODateWithMs));
    json += ",\"before\":";
    MetadataJson::appendString(json, QString::fromUtf8(MetadataJson::write(entry.before)));
    json += ",\"after\":";
    MetadataJson::appendString(json, QString::fromUtf8(MetadataJson::write(entry.after)));
    return json + '}';
}

std::optional<HistoryStore::Entry> parse(const QByteArray &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    if (object.value("v"_L1).toInt() != formatVersion)
        return std::nullopt;
    HistoryStore::Entry entry;
    entry.connection = object.value("connection"_L1).toString();
    entry.artifactId = object.value("artifact"_L1).toString();
    const QString target = object.value("target"_L1).toString();
    entry.target.kind
        = target == "recording"_L1 ? HistoryStore::TargetKind::Recording : HistoryStore::TargetKind::Artifact;
    entry.target.id = object.value("target_id"_L1).toString();
    entry.savedAt = QDateTime::fromString(object.value("saved_at"_L1).toString(), Qt::ISODateWithMs);
    const std::optional<Metadata> before = MetadataJson::read(object.value("before"_L1).toString().toUtf8());
    const std::optional<Metadata> after = MetadataJson::read(object.value("after"_L1).toString().toUtf8());
    if (entry.connection.isEmpty() || entry.artifactId.isEmpty() || entry.target.id.isEmpty()
        || (target != "artifact"_L1 && target != "recording"_L1) || !entry.savedAt.isValid() || !before || !after)
        return std::nullopt;
    entry.before = *before;
    entry.after = *after;
    return entry;
}

// The file's lines without the empty ones (the final newline, or one a cut left).
QList<QByteArray> lines(const QByteArray &content)
{
    QList<QByteArray> result = content.split('\n');
    result.removeIf([](const QByteArray &l) { return l.isEmpty(); });
    return result;
}

QByteArray joined(const QList<QByteArray> &lines)
{
    QByteArray content;
    for (const QByteArray &l : lines)
        content += l + '\n';
    return content;
}

bool writeFile(const QString &path, const QList<QByteArray> &content, QString *why)
{
    if (content.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (why)
                *why = Text::tr("Could not remove %1.").arg(path);
            return false;
        }
        return true;
    }
    const QByteArray bytes = joined(content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (why)
            *why = Text::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString damagedLine()
{
    return Text::tr("This save is not readable any more (damaged or cut short).");
}
} // namespace

HistoryStore::HistoryStore(const QString &folder)
    : HistoryStore(folder, Limits {})
{ }

HistoryStore::HistoryStore(const QString &folder, Limits limits)
    : m_folder(
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s : folder)
    , m_limits(limits)
{ }

QString HistoryStore::filePath(const QString &connection, const QString &artifactId) const
{
    return m_folder + u'/' + hashed(connection) + u'-' + hashed(artifactId) + fileSuffix;
}

bool HistoryStore::record(const Entry &entry, QString *why)
{
    if (!QDir().mkpath(m_folder)) {
        if (why)
            *why = Text::tr("Could not create the folder %1.").arg(m_folder);
        return false;
    }
    const QString path = filePath(entry.connection, entry.artifactId);
    QList<QByteArray> content;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (why)
                *why = Text::tr("Could not read %1: %2").arg(path, existing.errorString());
            return false;
        }
        // Damaged lines are kept as they are: they age out like any save, and whoever looks at the
        // file until then still finds them.
        content = lines(existing.readAll());
        existing.close();
    }
    content.append(line(entry));
    const qsizetype cap = std::max(1, m_limits.entriesPerArtifact);
    if (content.size() > cap)
        content.remove(0, content.size() - cap); // the oldest saves are first
    return writeFile(path, content, why) && applyFolderBudget(path, why);
}

bool HistoryStore::applyFolderBudget(const QString &keepPath, QString *why)
{
    const QFileInfoList infos = QDir(m_folder).entryInfoList({u'*' + fileSuffix}, QDir::Files, QDir::Name);
    qint64 total = 0;
    for (const QFileInfo &info : infos)
        total += info.size();
    if (total <= m_limits.folderBytes)
        return true;

    struct File
    {
        QString path;
        QList<QByteArray> lines;
        QList<QDateTime> savedAt; // per line; invalid for a damaged line, which goes first
        bool changed = false;
    };
    QList<File> files;
    for (const QFileInfo &info : infos) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue; // its size still counts; nothing else can be done about it here
        File f {info.filePath(), lines(file.readAll()), {}};
        for (const QByteArray &l : std::as_const(f.lines)) {
            const std::optional<Entry> entry = parse(l);
            f.savedAt.append(entry ? entry->savedAt : QDateTime());
        }
        files.append(f);
    }
    // Each file's oldest save is its first line; across files, the earliest of those goes first. The
    // save just recorded (the last line of keepPath) always stays, however large it is.
    while (total > m_limits.folderBytes) {
        File *oldest = nullptr;
        for (File &f : files) {
            const qsizetype keep = f.path == keepPath ? 1 : 0;
            if (f.lines.size() <= keep)
                continue;
            if (!oldest || !f.savedAt.constFirst().isValid()
                || (oldest->savedAt.constFirst().isValid() && f.savedAt.constFirst() < oldest->savedAt.constFirst()))
                oldest = &f;
        }
        if (!oldest)
            break;
        total -= oldest->lines.constFirst().size() + 1;
        oldest->lines.removeFirst();
        oldest->savedAt.removeFirst();
        oldest->changed = true;
    }
    bool ok = true;
    for (const File &f : std::as_const(files)) {
        if (f.changed)
            ok = writeFile(f.path, f.lines, why) && ok;
    }
    return ok;
}

HistoryStore::Listing HistoryStore::entries(
    const QString &connection, const QString &artifactId, std::optional<TargetKind> only) const
{
    Listing listing;
    const QString path = filePath(connection, artifactId);
    QFile file(path);
    if (!file.exists())
        return listing;
    if (!file.open(QIODevice::ReadOnly)) {
        listing.unreadable.append({path, 0, Text::tr("The file could not be opened: %1").arg(file.errorString())});
        return listing;
    }
    // Line numbers count every line, empty ones too, so that they match what an editor shows.
    const QList<QByteArray> all = file.readAll().split('\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).isEmpty())
            continue;
        const std::optional<Entry> entry = parse(all.at(i));
        if (!entry) {
            listing.unreadable.append({path, int(i + 1), damagedLine()});
            continue;
        }
        // Two ids with the same hash share a file; each keeps its own saves.
        if (entry->connection != connection || entry->artifactId != artifactId)
            continue;
        if (only && entry->target.kind != *only)
            continue;
        listing.entries.prepend(*entry);
    }
    // Newest first by time; saves with the same time stay in the order they were recorded (last first).
    std::stable_sort(listing.entries.begin(), listing.entries.end(),
        [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return listing;
}

qint64 HistoryStore::folderSize() const
{
    qint64 total = 0;
    const QFileInfoList infos = QDir(m_folder).entryInfoList({u'*' + fileSuffix}, QDir::Files);
    for (const QFileInfo &info : infos)
        total += info.size();
    return total;
}
