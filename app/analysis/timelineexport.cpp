#include "timelineexport.h"

#include "core/csv.h"
#include "timeline/speakertimeline.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString seconds(double value)
{
    return QString::number(value, 'f', 6);
}

// ISO 8601 in UTC with the microseconds the file has ("2025-07-17T00:00:05.500000Z").
QString iso(std::optional<qint64> epochUs)
{
    if (!epochUs)
        return {};
    const qint64 us = *epochUs;
    const qint64 wholeSeconds = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
    const QDateTime time = QDateTime::fromSecsSinceEpoch(wholeSeconds, QTimeZone::utc());
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.'
        + QString::number(us - wholeSeconds * 1000000).rightJustified(6, u'0') + u'Z';
}

QString nameOf(const TimelineParticipant &p)
{
    return p.name.value_or(QString());
}

// Each segment's part that audio can hold (from 0 on, with a length), with its participant.
template <typename Visit> void forEachAudible(const SpeakerTimeline &timeline, Visit visit)
{
    for (const TimelineSegment &s : timeline.segments()) {
        const double start = std::max(0.0, s.start);
        if (s.end > start)
            visit(timeline.participants().at(s.participant), start, s.end);
    }
}

} // namespace

namespace TimelineExport {

QString speakerLabel(qint64 id, const std::optional<QString> &name)
{
    static const QRegularExpression space(u"\\s+"_s);
    const QString cleaned = name.value_or(QString()).trimmed().replace(space, u"_"_s);
    return cleaned.isEmpty() ? QString::number(id) : QString::number(id) + u'_' + cleaned;
}

QByteArray segmentsCsv(const SpeakerTimeline &timeline)
{
    QByteArray out;
    Csv::appendRow(out,
        {u"participant_id"_s, u"name"_s, u"start"_s, u"end"_s, u"duration"_s, u"start_absolute"_s, u"end_absolute"_s,
            u"open_ended"_s});
    const auto segments = timeline.segments();
    for (qsizetype i = 0; i < timeline.segmentCount(); ++i) {
        const TimelineSegment &s = segments[static_cast<size_t>(i)];
        const TimelineParticipant &p = timeline.participants().at(s.participant);
        const bool open = s.has(TimelineSegment::OpenEnded);
        Csv::appendRow(out,
            {QString::number(p.id), nameOf(p), seconds(s.start), seconds(s.end), seconds(s.end - s.start),
                iso(timeline.wallClockUs(i, false)), open ? QString() : iso(timeline.wallClockUs(i, true)),
                open ? u"true"_s : u"false"_s});
    }
    return out;
}

QByteArray statsCsv(const SpeakerTimeline &timeline, const SpeakerStats::Result &stats)
{
    QByteArray out;
    Csv::appendRow(out,
        {u"participant_id"_s, u"name"_s, u"talk_s"_s, u"share"_s, u"turns"_s, u"longest_turn_s"_s, u"overlap_s"_s,
            u"first_speech_s"_s, u"last_speech_s"_s, u"estimated"_s, u"before_recording"_s});
    const auto flag = [](bool on) { return on ? u"true"_s : u"false"_s; };
    const auto optional = [](const std::optional<double> &v) { return v ? seconds(*v) : QString(); };
    for (const SpeakerStats::Row &row : stats.rows) {
        const TimelineParticipant &p = timeline.participants().at(row.row);
        // Merged speakers: every id, joined by "+" ("101+134"), under the first one's name.
        QStringList ids;
        for (const qsizetype member : row.members)
            ids << QString::number(timeline.participants().at(member).id);
        Csv::appendRow(out,
            {ids.isEmpty() ? QString::number(p.id) : ids.join(u'+'), nameOf(p), seconds(row.talk),
                QString::number(row.share, 'f', 6), QString::number(row.turns), seconds(row.longestTurn),
                seconds(row.overlap), optional(row.firstSpeech), optional(row.lastSpeech), flag(row.estimated),
                flag(row.beforeRecording)});
    }
    const SpeakerStats::Totals &t = stats.totals;
    // The totals row: talk is everyone's speech, overlap the time two or more speak, the range in the
    // speech columns; turns holds nothing.
    Csv::appendRow(out,
        {u"total"_s, u"silence %1 s of %2 s"_s.arg(seconds(t.silence), seconds(t.length)), seconds(t.speech),
            QString::number(t.length > 0 ? t.speech / t.length : 0, 'f', 6), QString(), QString(), seconds(t.overlap),
            seconds(t.from), seconds(t.to), flag(t.estimated), flag(t.from < 0)});
    return out;
}

QByteArray rttm(const SpeakerTimeline &timeline, const QString &fileId)
{
    static const QRegularExpression space(u"\\s+"_s);
    const QString file = fileId.trimmed().isEmpty() ? u"recording"_s : fileId.trimmed().replace(space, u"_"_s);
    QByteArray out;
    forEachAudible(timeline, [&](const TimelineParticipant &p, double start, double end) {
        out += u"SPEAKER %1 1 %2 %3 <NA> <NA> %4 <NA> <NA>\n"_s
                   .arg(file, QString::number(start, 'f', 3), QString::number(end - start, 'f', 3),
                       speakerLabel(p.id, p.name))
                   .toUtf8();
    });
    return out;
}

QByteArray audacityLabels(const SpeakerTimeline &timeline)
{
    QByteArray out;
    forEachAudible(timeline, [&](const TimelineParticipant &p, double start, double end) {
        const QString label = p.name && !p.name->trimmed().isEmpty() ? u"%1 (%2)"_s.arg(p.name->simplified()).arg(p.id)
                                                                     : QString::number(p.id);
        out += (seconds(start) + u'\t' + seconds(end) + u'\t' + label + u'\n').toUtf8();
    });
    return out;
}

} // namespace TimelineExport
