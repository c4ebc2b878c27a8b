#include "retryafter.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

// Fifteen digits of seconds still fit in qint64 ms (1e18 < 9.2e18); longer values saturate.
constexpr qsizetype kMaxSecondsDigits = 15;

// Delta-seconds, with the fraction some servers send. Saturates instead of overflowing: a value too
// long to count in ms is still a readable (if absurd) wait.
std::optional<qint64> parseDeltaSecondsMs(const QByteArray &text)
{
    const qsizetype dot = text.indexOf('.');
    const QByteArray whole = dot < 0 ? text : text.left(dot);
    const QByteArray fraction = dot < 0 ? QByteArray() : text.mid(dot + 1);
    const auto allDigits = [](const QByteArray &s) {
        return std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.isEmpty() || !allDigits(whole) || (dot >= 0 && (fraction.isEmpty() || !allDigits(fraction))))
        return std::nullopt;
    if (whole.size() > kMaxSecondsDigits)
        return std::numeric_limits<qint64>::max();
    const qint64 seconds = whole.toLongLong();
    // Round the fraction up to whole ms: waiting a hair longer than asked is harmless, shorter is not.
    qint64 ms = 0;
    for (qsizetype i = 0; i < 3; ++i)
        ms = ms * 10 + (i < fraction.size() ? fraction.at(i) - '0' : 0);
    if (fraction.size() > 3 && fraction.mid(3).count('0') != fraction.size() - 3)
        ++ms;
    return seconds * 1000 + ms;
}

int monthFromName(const QByteArray &name)
{
    static const char *const months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.toLower() == months[i])
            return i + 1;
    }
    return 0;
}

bool isDayName(QByteArray name, bool longForm)
{
    static const char *const shortDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char *const longDays[]
        = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    name = name.toLower();
    const auto &days = longForm ? longDays : shortDays;
    return std::any_of(std::cbegin(days), std::cend(days), [&](const char *d) { return name == d; });
}

int parseNumber(const QByteArray &text, int digits)
{
    if (text.size() < 1 || text.size() > digits)
        return -1;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && text.at(0) != '+' && text.at(0) != '-' ? n : -1;
}

QTime parseClockTime(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3 || parts.at(0).size() != 2 || parts.at(1).size() != 2 || parts.at(2).size() != 2)
        return {};
    return QTime(parseNumber(parts.at(0), 2), parseNumber(parts.at(1), 2), parseNumber(parts.at(2), 2));
}

bool isGmt(const QByteArray &zone)
{
    const QByteArray z = zone.toUpper();
    return z == "GMT" || z == "UTC";
}

// RFC 7231 section 7.1.1.1: senders use IMF-fixdate, recipients must also read the obsolete RFC 850
// and asctime forms.
QDateTime parseHttpDate(const QByteArray &text, const QDateTime &nowUtc)
{
    const QList<QByteArray> t = text.simplified().split(' ');
    QDate date;
    QTime time;
    if (t.size() == 6 && t.at(0).endsWith(',') && isDayName(t.at(0).chopped(1), false) && isGmt(t.at(5))) {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        if (t.at(3).size() != 4)
            return {};
        date = QDate(parseNumber(t.at(3), 4), monthFromName(t.at(2)), parseNumber(t.at(1), 2));
        time = parseClockTime(t.at(4));
    } else if (t.size() == 4 && t.at(0).endsWith(',') && isDayName(t.at(0).chopped(1), true) && isGmt(t.at(3))) {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> d = t.at(1).split('-');
        if (d.size() != 3 || d.at(2).size() != 2)
            return {};
        const int yy = parseNumber(d.at(2), 2);
        if (yy < 0)
            return {};
        // A two-digit year more than 50 years ahead means the most recent past century (RFC 7231).
        int year = nowUtc.date().year() / 100 * 100 + yy;
        if (year > nowUtc.date().year() + 50)
            year -= 100;
        date = QDate(year, monthFromName(d.at(1)), parseNumber(d.at(0), 2));
        time = parseClockTime(t.at(2));
    } else if (t.size() == 5 && isDayName(t.at(0), false)) {
        // asctime: Sun Nov  6 08:49:37 1994
        if (t.at(4).size() != 4)
            return {};
        date = QDate(parseNumber(t.at(4), 4), monthFromName(t.at(1)), parseNumber(t.at(2), 2));
        time = parseClockTime(t.at(3));
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

std::optional<qint64> RetryAfter::waitMs() const
{
    return kind == Kind::Wait ? std::optional<qint64>(askedMs) : std::nullopt;
}

QString RetryAfter::brokenNote() const
{
    if (kind != Kind::Broken)
        return {};
    return tr("the server asked to wait %1; treated as a broken header").arg(describeDuration(askedMs));
}

RetryAfter RetryAfter::parse(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    std::optional<qint64> asked;
    if (!text.isEmpty() && text.at(0) >= '0' && text.at(0) <= '9') {
        asked = parseDeltaSecondsMs(text);
    } else if (!text.isEmpty() && nowUtc.isValid()) {
        const QDateTime when = parseHttpDate(text, nowUtc);
        if (when.isValid())
            asked = std::max<qint64>(0, nowUtc.msecsTo(when));
    }
    if (!asked)
        return {};
    return {*asked <= maxWaitMs ? Kind::Wait : Kind::Broken, *asked};
}

QString RetryAfter::describeDuration(qint64 ms)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 year = 365 * day + day / 4;
    // To the nearest unit (2026 to 2099 is 73 years, not 72.998); no overflow near the saturated maximum.
    const auto count = [ms](qint64 unit) {
        return static_cast<int>(std::min<qint64>(ms / unit + (ms % unit >= unit / 2 ? 1 : 0), 2'000'000'000));
    };
    if (ms >= year)
        return tr("%n year(s)", nullptr, count(year));
    if (ms >= day)
        return tr("%n day(s)", nullptr, count(day));
    if (ms >= hour)
        return tr("%n hour(s)", nullptr, count(hour));
    return tr("%n minute(s)", nullptr, count(minute));
}
