#include "timelinecache.h"

#include "domain/artifact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCache)
};

// The folder of a version without updated_at. Letters sort after digits, so it is matched by name,
// never compared by order.
const QString unversioned = u"unversioned"_s;

QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

// A plain UUID stays readable (a support person may look into the folder); anything else ("../x", a
// name with a slash, upper case that would collide on a case-insensitive file system) is hashed, behind
// a '_' that no UUID contains.
QString artifactFolderName(const QString &id)
{
    static const QRegularExpression plain(u"^[0-9a-f-]{1,64}$"_s);
    return plain.match(id).hasMatch() ? id : u'_' + hashed(id);
}
} // namespace

TimelineCache::Key TimelineCache::keyFor(const QString &connection, const Artifact &artifact)
{
    return {connection, artifact.id, artifact.status.updatedAt};
}

TimelineCache::TimelineCache(const QString &root)
    : m_root(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/timelines"_s
                            : QDir::cleanPath(root))
{ }

QString TimelineCache::versionName(const QDateTime &updatedAt)
{
    // Fixed width, UTC, so that names sort as the times do; milliseconds are all QDateTime keeps.
    return updatedAt.isValid() ? updatedAt.toUTC().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s) : unversioned;
}

QString TimelineCache::artifactFolder(const Key &key) const
{
    // The connection is always hashed: a profile id is the app's own, but a label may stand in for it.
    return m_root + u'/' + hashed(key.connection) + u'/' + artifactFolderName(key.artifactId);
}

QString TimelineCache::path(const Key &key, TimelineFile file) const
{
    if (!key.isValid())
        return {};
    return artifactFolder(key) + u'/' + versionName(key.updatedAt) + u'/' + TimelineFiles::fileName(file);
}

bool TimelineCache::has(const Key &key, TimelineFile file) const
{
    if (!key.isValid() || !key.updatedAt.isValid())
        return false;
    const QFileInfo info(path(key, file));
    return info.isFile();
}

bool TimelineCache::makeFolder(const Key &key, QString *why) const
{
    if (!key.isValid()) {
        if (why)
            *why = Text::tr("The cache needs a connection and an artifact id.");
        return false;
    }
    const QString folder = artifactFolder(key) + u'/' + versionName(key.updatedAt);
    if (QDir().mkpath(folder))
        return true;
    if (why)
        *why = Text::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
    return false;
}

void TimelineCache::removeOlderVersions(const Key &key) const
{
    if (!key.isValid())
        return;
    const QString mine = versionName(key.updatedAt);
    const QDir artifact(artifactFolder(key));
    const QStringList versions = artifact.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &version : versions) {
        // Without updated_at a version cannot be compared: the one just stored wins either way.
        const bool older = version == unversioned || mine == unversioned || version < mine;
        if (version != mine && older)
            QDir(artifact.filePath(version)).removeRecursively();
    }
}

qint64 TimelineCache::sizeBytes() const
{
    qint64 total = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

bool TimelineCache::clear(QString *why) const
{
    QDir root(m_root);
    if (!root.exists())
        return true;
    // The root itself stays (it may be a folder the user chose); everything in it goes.
    bool ok = true;
    const QFileInfoList entries
        = root.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        ok = ok && removed;
    }
    if (!ok && why)
        *why = Text::tr("Some files in %1 could not be removed.").arg(QDir::toNativeSeparators(m_root));
    return ok;
}
