#include "timeformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)
};
} // namespace

namespace TimeFormat {

QString relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    const bool future = seconds < 0;
    const qint64 s = future ? -seconds : seconds;
    if (s < 45)
        return Text::tr("just now");

    QString amount;
    if (s < 3600)
        amount = Text::tr("%n min", nullptr, static_cast<int>(std::max<qint64>(1, (s + 30) / 60)));
    else if (s < 86400)
        amount = Text::tr("%n h", nullptr, static_cast<int>((s + 1800) / 3600));
    else if (s < 86400 * 31)
        amount = Text::tr("%n day(s)", nullptr, static_cast<int>((s + 43200) / 86400));
    else if (s < 86400 * 365)
        amount = Text::tr("%n month(s)", nullptr, static_cast<int>(std::max<qint64>(1, s / (86400 * 30))));
    else
        amount = Text::tr("%n year(s)", nullptr, static_cast<int>(s / (86400 * 365)));
    return future ? Text::tr("in %1").arg(amount) : Text::tr("%1 ago").arg(amount);
}

QString local(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString localWithRelative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    return local(time) % u" ("_s % relative(time, now) % u')';
}

QString compact(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    if (std::abs(time.secsTo(now)) < 86400)
        return relative(time, now);
    return time.toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString full(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    return localWithRelative(time, now) % u'\n' % utc(time);
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace TimeFormat
