#include "draftstore.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
};

// File names from the ids, hashed: no connection id or artifact id can name a path outside the folder.
QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

DraftStore::DraftStore(const QString &folder)
    : m_folder(
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s : folder)
{ }

QString DraftStore::filePath(const QString &connection, const QString &artifactId, Target target) const
{
    return m_folder + u'/' + hashed(connection) + u'-' + hashed(artifactId)
        + (target == Target::Recording ? u"-recording"_s : QString()) + u".draft"_s;
}

bool DraftStore::save(const Draft &draft, QString *why)
{
    if (!QDir().mkpath(m_folder)) {
        if (why)
            *why = Text::tr("Could not create the folder %1.").arg(m_folder);
        return false;
    }
    // One JSON object. The maps are in it as strings holding MetadataJson's text: values the server
    // wrote as numbers stay exactly as written, and a raw value's own line breaks stay inside a string.
    QByteArray json = "{\"connection\":";
    MetadataJson::appendString(json, draft.connection);
    json += ",\"artifact\":";
    MetadataJson::appendString(json, draft.artifactId);
    json += ",\"target\":";
    json += draft.target == Target::Recording ? "\"recording\"" : "\"artifact\"";
    json += ",\"saved_at\":";
    MetadataJson::appendString(json, draft.savedAt.toUTC().toString(Qt::ISODateWithMs));
    json += ",\"base\":";
    MetadataJson::appendString(json, QString::fromUtf8(MetadataJson::write(draft.base)));
    json += ",\"edited\":";
    MetadataJson::appendString(json, QString::fromUtf8(MetadataJson::write(draft.edited)));
    json += "}\n";
    QSaveFile file(filePath(draft.connection, draft.artifactId, draft.target));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (why)
            *why = Text::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void DraftStore::remove(const QString &connection, const QString &artifactId, Target target)
{
    QFile::remove(filePath(connection, artifactId, target));
}

DraftStore::Listing DraftStore::list() const
{
    Listing listing;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({u"*.draft"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            listing.unreadable.append({path, Text::tr("The file could not be opened: %1").arg(file.errorString())});
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const std::optional<Metadata> base = MetadataJson::read(object.value("base"_L1).toString().toUtf8());
        const std::optional<Metadata> edited = MetadataJson::read(object.value("edited"_L1).toString().toUtf8());
        Draft draft;
        draft.connection = object.value("connection"_L1).toString();
        draft.artifactId = object.value("artifact"_L1).toString();
        draft.target = object.value("target"_L1).toString() == "recording"_L1 ? Target::Recording : Target::Artifact;
        draft.savedAt = QDateTime::fromString(object.value("saved_at"_L1).toString(), Qt::ISODateWithMs);
        if (draft.connection.isEmpty() || draft.artifactId.isEmpty() || !base || !edited) {
            listing.unreadable.append({path, Text::tr("The file is not a draft any more (damaged or cut short).")});
            continue;
        }
        draft.base = *base;
        draft.edited = *edited;
        listing.drafts.append(draft);
    }
    std::sort(listing.drafts.begin(), listing.drafts.end(),
        [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return listing;
}
