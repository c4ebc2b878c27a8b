#pragma once

#include "filekind.h"
#include "participantfiles.h"
#include "timelinedocument.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

// What a load gives: the file's kind and its parsed content (one of document, participants or events),
// or an error; both when a file that stops being JSON still had content before that point.
// The content is shared and immutable, so copies of a result are cheap.
struct TimelineLoadResult
{
    TimelineFileKind kind = TimelineFileKind::Unknown;
    QString path; // empty for bytes
    qint64 bytes = 0;

    std::shared_ptr<const TimelineDocument> document; // SpeakerTimeline (and Empty: an empty document)
    std::shared_ptr<const ParticipantsFile> participants; // Participants
    std::shared_ptr<const ParticipantEventsFile> events; // ParticipantEvents

    QString error; // says what went wrong and where; empty when the whole file was read
    std::optional<qint64> errorOffset; // the byte offset of a file that stops being JSON
    qsizetype skipped = 0; // elements of the wrong shape
    QStringList skipExamples;
    qsizetype renamedParticipants = 0;
    qsizetype invalidUtf8 = 0;

    bool ok() const { return error.isEmpty(); }
};

// The loading itself, synchronous, for the worker thread and for command-line use (--render).
namespace TimelineLoading {

struct Options
{
    // Percent of the work (reading the file, parsing, building the document), never decreasing.
    std::function<void(int percent)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // When set, a file of another kind is an error that names the kind it is.
    std::optional<TimelineFileKind> expected;
    qsizetype windowBytes = TimelineParser::Options {}.windowBytes;
};

// nullopt when cancelled.
std::optional<TimelineLoadResult> loadFile(const QString &path, const Options &options = {});
// bytes is parsed in place when it has TimelineParser::padding bytes of spare capacity.
std::optional<TimelineLoadResult> loadBytes(QByteArray bytes, const Options &options = {});

} // namespace TimelineLoading

// Loads a speaker timeline, participants or participant events file (kind told from its content) in
// a worker thread: the caller's thread only receives signals. One load at a time: a new load cancels
// the previous one, whose progress and result are never delivered. cancel() stops the current load
// soon and emits nothing more for it (no progress, no finished). Destroying the loader mid-load
// cancels it and joins its thread; nothing is delivered after that. No widgets, no dialogs.
class TimelineLoader : public QObject
{
    Q_OBJECT
public:
    explicit TimelineLoader(QObject *parent = nullptr);
    ~TimelineLoader() override;

    void load(const QString &filePath, std::optional<TimelineFileKind> expected = std::nullopt);
    void load(QByteArray bytes, std::optional<TimelineFileKind> expected = std::nullopt);
    void cancel();
    bool isLoading() const { return m_current != nullptr; }

Q_SIGNALS:
    void progress(int percent);
    void finished(const TimelineLoadResult &result);

private:
    struct Job;
    void start(std::function<std::optional<TimelineLoadResult>(const TimelineLoading::Options &)> work,
        std::optional<TimelineFileKind> expected);

    std::shared_ptr<Job> m_current;
    std::vector<std::pair<QThread *, std::shared_ptr<Job>>> m_threads; // running, current or superseded
};
