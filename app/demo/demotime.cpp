#include "demotime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace DemoTime {

qint64 anchorUs()
{
    // 2025-07-17T00:00:00Z
    return qint64(1752710400) * 1000000;
}

QString isoMicros(qint64 epochUs)
{
    constexpr qint64 perSecond = 1000000;
    qint64 seconds = epochUs / perSecond;
    if (epochUs % perSecond < 0)
        --seconds; // floor, so the fraction below is never negative
    const qint64 micros = epochUs - seconds * perSecond;
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'.' + QString::number(micros).rightJustified(6, u'0') + u'Z';
}

std::optional<qint64> parseIso(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        time = QTime(
            match.captured(4).toInt(), match.captured(5).toInt(), match.hasCaptured(6) ? match.captured(6).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    qint64 us = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    if (match.hasCaptured(7))
        us += match.captured(7).leftJustified(6, u'0').toLongLong();
    if (match.hasCaptured(8) && match.captured(8) != u"Z"_s) {
        QString offset = match.captured(8);
        offset.remove(u':');
        const int hours = offset.mid(1, 2).toInt();
        const int minutes = offset.mid(3, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        const qint64 offsetUs = (qint64(hours) * 60 + minutes) * 60 * 1000000;
        us += offset.startsWith(u'+') ? -offsetUs : offsetUs;
    }
    return us;
}

} // namespace DemoTime
