#pragma once

#include "speakertimeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// Reads a speaker timeline file (see the spec, "Downloads") into a SpeakerTimeline with simdjson
// On-Demand. Tolerant per segment: one of the wrong shape is skipped and counted, never fatal. A file
// that stops being JSON ends the parse with the byte offset and what was expected there, keeping the
// segments read before it. No widgets, no threads: a worker thread calls parse() and may cancel it.
class TimelineParser
{
    Q_DECLARE_TR_FUNCTIONS(TimelineParser)
public:
    // Bytes a buffer needs beyond the JSON for parse() to use it in place: simdjson's padding (it
    // reads ahead), and one more to close a text that a truncated file leaves open.
    static constexpr qsizetype padding = 80;

    struct Options
    {
        // Bytes consumed so far and the total: called at most about 100 times, never decreasing,
        // and with done == total at the end of a complete parse.
        std::function<void(qint64 done, qint64 total)> progress;
        // Checked while parsing; when it becomes true the parse stops soon and reports cancelled.
        const std::atomic<bool> *cancel = nullptr;
        // The list is parsed in windows of whole elements of at least this many bytes, so simdjson's
        // index (about 4 bytes per structural character) never covers more than one window. A file
        // under 32 windows is parsed whole.
        qsizetype windowBytes = qsizetype(256) << 10;
    };

    struct Error
    {
        qint64 offset = 0; // byte offset in the file (after invalid UTF-8 was repaired)
        QString message; // says what was expected there
        bool operator==(const Error &) const = default;
    };

    struct Result
    {
        SpeakerTimeline timeline; // what was read; complete only when ok()
        std::optional<Error> error;
        bool cancelled = false;
        qsizetype skipped = 0; // segments of the wrong shape
        QStringList skipExamples; // the first few reasons, "segment 12 (byte 3456): ..."
        qsizetype renamedParticipants = 0; // ids that appear later under another name (the first is kept)
        qsizetype invalidUtf8 = 0; // sequences read as U+FFFD

        bool ok() const { return !error && !cancelled; }
    };

    static constexpr qsizetype maxSkipExamples = 5;

    // json is used in place when it is not shared and has `padding` bytes of capacity beyond its size
    // (reserve them when reading the file and move it in); otherwise it is copied once.
    static Result parse(QByteArray json, const Options &options);
    static Result parse(QByteArray json);
};
