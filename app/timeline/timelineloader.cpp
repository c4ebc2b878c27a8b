#include "timelineloader.h"

#include <QFile>
#include <QThread>

#include <new>

namespace {

// How the percent is shared out: reading the file, parsing, building the document.
constexpr int readShare = 25;
constexpr int buildShare = 10;
constexpr qint64 readChunk = qint64(4) << 20;
// How much of the start tells the file's kind.
constexpr qsizetype kindHeadBytes = qsizetype(64) << 10;

bool isCancelled(const TimelineLoading::Options &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

void report(const TimelineLoading::Options &options, int percent)
{
    if (options.progress)
        options.progress(std::clamp(percent, 0, 100));
}

template <typename Parsed> void takeReport(TimelineLoadResult &result, const Parsed &parsed)
{
    if (parsed.error) {
        result.error = parsed.error->message;
        result.errorOffset = parsed.error->offset;
    }
    result.skipped = parsed.skipped;
    result.skipExamples = parsed.skipExamples;
    result.renamedParticipants = parsed.renamedParticipants;
    result.invalidUtf8 = parsed.invalidUtf8;
}

QString notADownload(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i == head.size())
        return TimelineLoader::tr("The file is empty.");
    if (head[i] == '<')
        return TimelineLoader::tr(
            "The file is a web page (HTML), not a Recall download: perhaps an error page saved instead.");
    if (head[i] != '[')
        return TimelineLoader::tr("The file is not a JSON list: a Recall download starts with '[' (byte %1).").arg(i);
    return TimelineLoader::tr(
        "The file is a list, but its first element is not a speaker timeline segment, a participant or a "
        "participant event.");
}

QString endsEarly(qsizetype size, std::optional<TimelineFileKind> expected)
{
    if (expected == TimelineFileKind::SpeakerTimeline)
        return TimelineLoader::tr("The file ends early at byte %1, before its first element is complete: expecting "
                                  "the rest of a speaker timeline segment (the download may have been cut short).")
            .arg(size);
    return TimelineLoader::tr("The file ends early at byte %1, before its first element is complete: expecting the "
                              "rest of a speaker timeline segment, a participant or a participant event (the "
                              "download may have been cut short).")
        .arg(size);
}

std::optional<TimelineLoadResult> parse(
    QByteArray bytes, TimelineLoadResult result, const TimelineLoading::Options &options, int startPercent)
{
    result.bytes = bytes.size();
    result.kind = detectFileKind(QByteArrayView(bytes).first(std::min(bytes.size(), kindHeadBytes)));
    if (options.expected && result.kind != *options.expected && result.kind != TimelineFileKind::Empty
        && result.kind != TimelineFileKind::Unknown) {
        result.error = TimelineLoader::tr("This is a %1 file, not a %2 file.")
                           .arg(fileKindName(result.kind), fileKindName(*options.expected));
        return result;
    }
    const int parseEnd = 100 - buildShare;
    TimelineParser::Options parserOptions;
    parserOptions.cancel = options.cancel;
    parserOptions.windowBytes = options.windowBytes;
    parserOptions.progress = [&](qint64 done, qint64 total) {
        report(options, startPercent + int(total ? (parseEnd - startPercent) * done / total : 0));
    };
    switch (result.kind) {
    case TimelineFileKind::Unknown:
        // A whole file that stops inside its first element was cut short: its kind cannot be told,
        // and saying it is of no known kind would send the reader looking for the wrong problem.
        if (bytes.size() <= kindHeadBytes && endsInFirstElement(bytes)) {
            result.error = endsEarly(bytes.size(), options.expected);
            result.errorOffset = bytes.size();
            return result;
        }
        result.error = notADownload(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
        return result;
    case TimelineFileKind::Empty:
    case TimelineFileKind::SpeakerTimeline: {
        TimelineParser::Result parsed = TimelineParser::parse(std::move(bytes), parserOptions);
        if (parsed.cancelled || isCancelled(options))
            return std::nullopt;
        takeReport(result, parsed);
        std::optional<TimelineDocument> document = TimelineDocument::build(std::move(parsed.timeline), options.cancel);
        if (!document)
            return std::nullopt;
        result.document = std::make_shared<const TimelineDocument>(std::move(*document));
        break;
    }
    case TimelineFileKind::Participants: {
        ParticipantFilesParser::ParticipantsResult parsed
            = ParticipantFilesParser::parseParticipants(std::move(bytes), parserOptions);
        if (parsed.cancelled)
            return std::nullopt;
        takeReport(result, parsed);
        result.participants = std::make_shared<const ParticipantsFile>(std::move(parsed.file));
        break;
    }
    case TimelineFileKind::ParticipantEvents: {
        ParticipantFilesParser::EventsResult parsed
            = ParticipantFilesParser::parseEvents(std::move(bytes), parserOptions);
        if (parsed.cancelled)
            return std::nullopt;
        takeReport(result, parsed);
        result.events = std::make_shared<const ParticipantEventsFile>(std::move(parsed.file));
        break;
    }
    }
    if (isCancelled(options))
        return std::nullopt;
    report(options, 100);
    return result;
}

} // namespace

std::optional<TimelineLoadResult> TimelineLoading::loadBytes(QByteArray bytes, const Options &options)
{
    report(options, 0);
    return parse(std::move(bytes), TimelineLoadResult {}, options, 0);
}

std::optional<TimelineLoadResult> TimelineLoading::loadFile(const QString &path, const Options &options)
{
    TimelineLoadResult result;
    result.path = path;
    report(options, 0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = TimelineLoader::tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    QByteArray bytes;
    try {
        // The parser works in place in this buffer: the padding is reserved now, never copied later.
        bytes.reserve(size + TimelineParser::padding);
        bytes.resize(size);
    } catch (const std::bad_alloc &) {
        result.error = TimelineLoader::tr("Cannot read %1: not enough memory for %2 bytes").arg(path).arg(size);
        return result;
    }
    qint64 done = 0;
    while (done < size) {
        if (isCancelled(options))
            return std::nullopt;
        const qint64 got = file.read(bytes.data() + done, std::min(readChunk, size - done));
        if (got < 0) {
            result.error = TimelineLoader::tr("Cannot read %1: %2").arg(path, file.errorString());
            return result;
        }
        if (got == 0)
            break; // the file got shorter meanwhile
        done += got;
        report(options, int(readShare * done / std::max<qint64>(size, 1)));
    }
    bytes.resize(done);
    return parse(std::move(bytes), std::move(result), options, readShare);
}

struct TimelineLoader::Job
{
    std::atomic<bool> cancel = false;
    std::atomic<int> lastPercent = -1;
};

TimelineLoader::TimelineLoader(QObject *parent)
    : QObject(parent)
{ }

TimelineLoader::~TimelineLoader()
{
    // Every thread is joined before the QObject goes: what they posted meanwhile is dropped with it.
    for (auto &[thread, job] : m_threads)
        job->cancel = true;
    for (auto &[thread, job] : m_threads) {
        thread->wait();
        delete thread;
    }
}

void TimelineLoader::load(const QString &filePath, std::optional<TimelineFileKind> expected)
{
    start([filePath](const TimelineLoading::Options &options) { return TimelineLoading::loadFile(filePath, options); },
        expected);
}

void TimelineLoader::load(QByteArray bytes, std::optional<TimelineFileKind> expected)
{
    // Shared with the lambda, then moved out of it once, so the worker parses these bytes in place.
    auto shared = std::make_shared<QByteArray>(std::move(bytes));
    start(
        [shared](const TimelineLoading::Options &options) {
            return TimelineLoading::loadBytes(std::move(*shared), options);
        },
        expected);
}

void TimelineLoader::cancel()
{
    if (m_current)
        m_current->cancel = true;
    m_current.reset();
}

void TimelineLoader::start(std::function<std::optional<TimelineLoadResult>(const TimelineLoading::Options &)> work,
    std::optional<TimelineFileKind> expected)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_current = job;
    QThread *thread = QThread::create([this, job, expected, work = std::move(work)] {
        TimelineLoading::Options options;
        options.cancel = &job->cancel;
        options.expected = expected;
        options.progress = [this, job](int percent) {
            if (percent <= job->lastPercent.load(std::memory_order_relaxed) || job->cancel.load())
                return;
            job->lastPercent = percent;
            QMetaObject::invokeMethod(
                this,
                [this, job, percent] {
                    if (job == m_current)
                        Q_EMIT progress(percent);
                },
                Qt::QueuedConnection);
        };
        std::optional<TimelineLoadResult> result = work(options);
        if (!result || job->cancel.load())
            return;
        auto shared = std::make_shared<const TimelineLoadResult>(std::move(*result));
        QMetaObject::invokeMethod(
            this,
            [this, job, shared] {
                if (job != m_current)
                    return;
                m_current.reset();
                Q_EMIT finished(*shared);
            },
            Qt::QueuedConnection);
    });
    m_threads.emplace_back(thread, job);
    connect(thread, &QThread::finished, this, [this, thread] {
        const auto found = std::find_if(
            m_threads.begin(), m_threads.end(), [thread](const auto &entry) { return entry.first == thread; });
        if (found != m_threads.end())
            m_threads.erase(found);
        thread->deleteLater();
    });
    thread->start();
}
