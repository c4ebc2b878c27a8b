#include "analysis/supportbundle.h"

#include "core/timeformat.h"
#include "domain/metadatajson.h"
#include "net/requestlog.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunkBytes = 1024 * 1024;
const QByteArray redactedBytes = QByteArrayLiteral("[redacted]");

struct ArchiveWriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ArchiveReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using WriteArchive = std::unique_ptr<archive, ArchiveWriteDeleter>;
using ReadArchive = std::unique_ptr<archive, ArchiveReadDeleter>;

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : SupportBundle::tr("unknown error");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Replaces every secret in a stream of chunks, including one split across two chunks: the last
// (longest secret - 1) bytes wait for the next chunk before they are passed on.
class Redactor
{
public:
    explicit Redactor(const QStringList &secrets)
    {
        for (const QString &secret : secrets) {
            if (!secret.isEmpty())
                m_secrets.append(secret.toUtf8());
        }
        for (const QByteArray &secret : std::as_const(m_secrets))
            m_keep = std::max(m_keep, secret.size() - 1);
    }

    bool found() const { return m_found; }

    // Whether bytes hold a secret (for entries that must not be changed).
    bool holdsSecret(const QByteArray &bytes) const
    {
        return std::any_of(m_secrets.cbegin(), m_secrets.cend(),
            [&bytes](const QByteArray &secret) { return bytes.contains(secret); });
    }

    QByteArray feed(QByteArrayView chunk)
    {
        m_pending.append(chunk);
        redact(m_pending);
        const qsizetype ready = std::max<qsizetype>(0, m_pending.size() - m_keep);
        QByteArray out = m_pending.left(ready);
        m_pending.remove(0, ready);
        return out;
    }
    QByteArray finish() { return std::exchange(m_pending, {}); }

    QByteArray all(const QByteArray &bytes)
    {
        QByteArray out = feed(bytes);
        return out + finish();
    }

private:
    void redact(QByteArray &bytes)
    {
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            if (bytes.contains(secret)) {
                m_found = true;
                bytes.replace(secret, redactedBytes);
            }
        }
    }

    QList<QByteArray> m_secrets;
    qsizetype m_keep = 0;
    QByteArray m_pending;
    bool m_found = false;
};

class ZipWriter
{
public:
    ZipWriter(archive *a, QDateTime made)
        : m_archive(a)
        , m_mtime(made.toSecsSinceEpoch())
    { }

    bool begin(const QString &name, qint64 size, QString *error)
    {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), m_mtime, 0);
        if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK) {
            setError(error, SupportBundle::tr("Could not add %1: %2").arg(name, archiveError(m_archive)));
            return false;
        }
        return true;
    }

    bool data(const QString &name, QByteArrayView bytes, QString *error)
    {
        while (!bytes.isEmpty()) {
            const la_ssize_t written = archive_write_data(m_archive, bytes.data(), size_t(bytes.size()));
            if (written <= 0) {
                setError(error, SupportBundle::tr("Could not add %1: %2").arg(name, archiveError(m_archive)));
                return false;
            }
            bytes = bytes.sliced(written);
        }
        return true;
    }

    bool bytesEntry(const QString &name, const QByteArray &bytes, QString *error)
    {
        return begin(name, bytes.size(), error) && data(name, bytes, error);
    }

    // The file streamed twice: once to learn its size after redaction (a zip entry announces its size
    // first), once into the zip; neither pass holds more than a chunk.
    bool fileEntry(const QString &name, const QString &path, const QStringList &secrets, QString *error)
    {
        qint64 size = 0;
        if (!streamFile(
                path, secrets,
                [&size](QByteArrayView bytes) {
                    size += bytes.size();
                    return true;
                },
                error))
            return false;
        if (!begin(name, size, error))
            return false;
        qint64 written = 0;
        const bool ok = streamFile(
            path, secrets,
            [&](QByteArrayView bytes) {
                written += bytes.size();
                return written <= size && data(name, bytes, error);
            },
            error);
        if (ok && written != size) {
            setError(error, SupportBundle::tr("Could not add %1: %2 changed while it was read.").arg(name, path));
            return false;
        }
        return ok;
    }

private:
    template <typename Sink>
    static bool streamFile(const QString &path, const QStringList &secrets, Sink sink, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, SupportBundle::tr("Could not read %1: %2").arg(path, file.errorString()));
            return false;
        }
        Redactor redactor(secrets);
        QByteArray chunk(chunkBytes, Qt::Uninitialized);
        while (true) {
            const qint64 got = file.read(chunk.data(), chunkBytes);
            if (got < 0) {
                setError(error, SupportBundle::tr("Could not read %1: %2").arg(path, file.errorString()));
                return false;
            }
            if (got == 0)
                break;
            if (!sink(redactor.feed(QByteArrayView(chunk.constData(), got))))
                return false;
        }
        return sink(redactor.finish());
    }

    archive *m_archive = nullptr;
    qint64 m_mtime = 0;
};

QString sizeText(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    return size.isValid() ? u" (%1 x %2 pixels)"_s.arg(size.width()).arg(size.height()) : QString();
}

void appendLine(QByteArray &out, const QString &line)
{
    out += line.toUtf8();
    out += "\r\n";
}

// A README line: the entry's name in a column, then what it is.
void appendFile(QByteArray &out, const QString &name, const QString &what)
{
    appendLine(out, name.leftJustified(26) % what);
}

} // namespace

// Always English: the bundle travels with a ticket to whoever supports the app or the API, and a
// script may read its first lines.
QByteArray SupportBundle::readme(const Contents &c)
{
    const QDateTime made = c.made.isValid() ? c.made : QDateTime::currentDateTimeUtc();
    QByteArray out;
    appendLine(out, u"Participant Inspector support bundle"_s);
    appendLine(out, u"===================================="_s);
    appendLine(out, QString());
    appendLine(out, u"Artifact:   "_s % (c.artifactId.isEmpty() ? u"none (made from local files)"_s : c.artifactId));
    if (!c.title.isEmpty())
        appendLine(out, u"Title:      "_s % c.title);
    appendLine(
        out, u"Connection: "_s % (c.connectionHost.isEmpty() ? u"none (made from local files)"_s : c.connectionHost));
    appendLine(out, u"Made:       "_s % TimeFormat::utc(made.toUTC()));
    appendLine(out,
        u"App:        Participant Inspector "_s % (c.appVersion.isEmpty() ? u"(unknown version)"_s : c.appVersion));
    appendLine(out, QString());
    appendLine(out, u"The API key was left out: it is in none of these files. Every file was checked"_s);
    appendLine(out, u"for it before it was written, and any copy found was replaced by [redacted]."_s);
    appendLine(out, QString());
    appendLine(out, u"Files"_s);
    appendLine(out, u"-----"_s);
    appendFile(out, readmeName(), u"This file."_s);
    QStringList missing;
    const auto item = [&](bool present, const QString &name, const QString &what, const QString &why) {
        if (present)
            appendFile(out, name, what);
        else
            missing.append(name % u": "_s % (why.isEmpty() ? u"not available."_s : why));
    };
    item(!c.chartPng.isEmpty(), chartName(), u"The speaker timeline chart"_s % sizeText(c.chartPng) % u'.', {});
    item(!c.statsCsv.isEmpty(), statsName(),
        u"Per-speaker statistics (talk time, share, turns, overlap), then a total row; "_s
            % (c.statsNote.isEmpty() ? u"the whole meeting."_s : c.statsNote),
        {});
    item(!c.segmentsCsv.isEmpty(), segmentsName(),
        u"Every speaking segment: participant, start, end, duration (seconds from the recording's start)."_s, {});
    item(c.timeline.present(), timelineName(), u"The speaker timeline file as the app read it."_s,
        c.timeline.missingNote);
    item(c.participants.present(), participantsName(), u"The participants file as the app read it."_s,
        c.participants.missingNote);
    item(c.events.present(), eventsName(), u"The participant events file as the app read it."_s, c.events.missingNote);
    item(!c.artifactJson.isEmpty(), artifactName(),
        u"The artifact as the app read it from the API; signatures of download links are [redacted]."_s,
        c.artifactId.isEmpty() ? u"made from local files, without the API."_s : QString());
    item(c.requestLog.has_value(), requestLogName(),
        u"The app's requests about this artifact, one a line: time (UTC), method, host and path, HTTP "
        u"status (or the network error), duration, attempt, bytes and the server's request id."_s,
        c.requestLogNote.isEmpty() ? u"no requests were made (local files)."_s : c.requestLogNote);
    if (!missing.isEmpty()) {
        appendLine(out, QString());
        appendLine(out, u"Not included"_s);
        appendLine(out, u"------------"_s);
        for (const QString &line : std::as_const(missing))
            appendLine(out, line);
    }
    return out;
}

QByteArray SupportBundle::artifactJson(const Artifact &artifact)
{
    const auto nullable = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    const auto link = [](const QUrl &url) {
        return url.isEmpty() ? QJsonValue() : QJsonValue(RequestLog::scrub(url.toString(QUrl::FullyEncoded), {}));
    };
    QJsonObject status;
    status.insert("code"_L1, artifact.status.code);
    status.insert("sub_code"_L1, artifact.status.subCode ? QJsonValue(*artifact.status.subCode) : QJsonValue());
    status.insert("updated_at"_L1, nullable(TimeFormat::utc(artifact.status.updatedAt)));
    QJsonObject recording;
    recording.insert("id"_L1, nullable(artifact.recording.id));
    recording.insert(
        "metadata"_L1, artifact.recording.metadata ? QJsonValue(*artifact.recording.metadata) : QJsonValue());
    QJsonObject data;
    data.insert("participant_events_download_url"_L1, link(artifact.downloads.participantEvents));
    data.insert("speaker_timeline_download_url"_L1, link(artifact.downloads.speakerTimeline));
    data.insert("participants_download_url"_L1, link(artifact.downloads.participants));
    QJsonObject object;
    object.insert("id"_L1, artifact.id);
    object.insert("recording"_L1, recording);
    object.insert("created_at"_L1, nullable(TimeFormat::utc(artifact.createdAt)));
    object.insert("status"_L1, status);
    object.insert("metadata"_L1, QJsonDocument::fromJson(MetadataJson::write(artifact.metadata)).object());
    object.insert("data"_L1, data);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool SupportBundle::write(const QString &zipPath, const Contents &contents, QString *error)
{
    Redactor scan(contents.secrets);
    if (scan.holdsSecret(contents.chartPng)) {
        setError(error, tr("The chart holds the API key; the bundle was not written."));
        return false;
    }

    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Could not write %1: %2").arg(zipPath, file.errorString()));
        return false;
    }
    WriteArchive a(archive_write_new());
    // Deflate, and no padding after the last block: a zip is read from its end.
    if (!a || archive_write_set_format_zip(a.get()) != ARCHIVE_OK
        || archive_write_set_format_option(a.get(), "zip", "compression", "deflate") != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK
        || archive_write_open_fd(a.get(), file.handle()) != ARCHIVE_OK) {
        setError(error, tr("Could not write %1: %2").arg(zipPath, a ? archiveError(a.get()) : QString()));
        file.cancelWriting();
        return false;
    }

    const QDateTime made = contents.made.isValid() ? contents.made : QDateTime::currentDateTimeUtc();
    Contents withTime = contents;
    withTime.made = made;
    ZipWriter zip(a.get(), made);
    const auto text = [&](const QString &name, const QByteArray &bytes) {
        return zip.bytesEntry(name, Redactor(contents.secrets).all(bytes), error);
    };
    const auto dataFile = [&](const QString &name, const DataFile &source) {
        if (!source.bytes.isEmpty())
            return text(name, source.bytes);
        return source.path.isEmpty() || zip.fileEntry(name, source.path, contents.secrets, error);
    };
    bool ok = text(readmeName(), readme(withTime));
    ok = ok && (contents.chartPng.isEmpty() || zip.bytesEntry(chartName(), contents.chartPng, error));
    ok = ok && (contents.statsCsv.isEmpty() || text(statsName(), contents.statsCsv));
    ok = ok && (contents.segmentsCsv.isEmpty() || text(segmentsName(), contents.segmentsCsv));
    ok = ok && dataFile(timelineName(), contents.timeline);
    ok = ok && dataFile(participantsName(), contents.participants);
    ok = ok && dataFile(eventsName(), contents.events);
    ok = ok
        && (contents.artifactJson.isEmpty()
            || text(artifactName(), RequestLog::scrub(QString::fromUtf8(contents.artifactJson), {}).toUtf8()));
    ok = ok
        && (!contents.requestLog
            || text(requestLogName(), RequestLog::scrub(*contents.requestLog, contents.secrets).toUtf8()));
    if (ok && archive_write_close(a.get()) != ARCHIVE_OK) {
        setError(error, tr("Could not write %1: %2").arg(zipPath, archiveError(a.get())));
        ok = false;
    }
    a.reset();
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, tr("Could not write %1: %2").arg(zipPath, file.errorString()));
        return false;
    }
    return true;
}

namespace {

ReadArchive openZip(const QString &zipPath, QString *error)
{
    ReadArchive a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(zipPath).constData(), 64 * 1024) != ARCHIVE_OK) {
        setError(error, SupportBundle::tr("Could not read %1: %2").arg(zipPath, archiveError(a.get())));
        return {};
    }
    return a;
}

} // namespace

std::optional<QList<SupportBundle::Entry>> SupportBundle::list(const QString &zipPath, QString *error)
{
    ReadArchive a = openZip(zipPath, error);
    if (!a)
        return std::nullopt;
    QList<Entry> entries;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const char *name = archive_entry_pathname_utf8(entry);
        // The size from the entry's header, or counted when the zip put it after the data.
        qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (size < 0) {
            size = 0;
            char buffer[16384];
            la_ssize_t got = 0;
            while ((got = archive_read_data(a.get(), buffer, sizeof buffer)) > 0)
                size += got;
        }
        entries.append({name ? QString::fromUtf8(name) : QString(), size});
    }
    if (status != ARCHIVE_EOF) {
        setError(error, tr("Could not read %1: %2").arg(zipPath, archiveError(a.get())));
        return std::nullopt;
    }
    return entries;
}

std::optional<QByteArray> SupportBundle::read(const QString &zipPath, const QString &name, QString *error)
{
    ReadArchive a = openZip(zipPath, error);
    if (!a)
        return std::nullopt;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a.get(), &entry) == ARCHIVE_OK) {
        const char *entryName = archive_entry_pathname_utf8(entry);
        if (!entryName || QString::fromUtf8(entryName) != name)
            continue;
        QByteArray out;
        char buffer[65536];
        la_ssize_t got = 0;
        while ((got = archive_read_data(a.get(), buffer, sizeof buffer)) > 0)
            out.append(buffer, got);
        if (got < 0) {
            setError(error, tr("Could not read %1 in %2: %3").arg(name, zipPath, archiveError(a.get())));
            return std::nullopt;
        }
        return out;
    }
    setError(error, tr("%1 has no %2.").arg(zipPath, name));
    return std::nullopt;
}
