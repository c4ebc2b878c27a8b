#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// What a Retry-After header asks for (RFC 9110 section 10.2.3: delta-seconds or an HTTP date) and
// whether to believe it. Nothing the app waits for may take longer than maxWaitMs: a header asking for
// more (a date decades ahead, a timestamp sent as seconds) is broken, not a wait. The caller then
// waits as if there were no header and tells the user why (brokenNote()).
struct RetryAfter
{
    Q_DECLARE_TR_FUNCTIONS(RetryAfter)
public:
    static constexpr qint64 maxWaitMs = 10 * 60 * 1000;

    enum class Kind {
        Unreadable, // absent, empty or not a number of seconds nor an HTTP date
        Wait, // a wait of at most maxWaitMs: honour it
        Broken, // a readable wait longer than maxWaitMs: ignore it
    };

    Kind kind = Kind::Unreadable;
    qint64 askedMs = 0; // Wait and Broken: what the header asked for (a past date asks for 0)

    // The wait to honour: askedMs for Wait, nothing otherwise.
    std::optional<qint64> waitMs() const;
    // For Broken: "the server asked to wait 73 years; treated as a broken header". Empty otherwise.
    QString brokenNote() const;

    static RetryAfter parse(const QByteArray &value, const QDateTime &nowUtc);
    // "73 years", "12 days", "3 hours", "11 minutes": rounded in the largest unit that fits, for messages.
    static QString describeDuration(qint64 ms);
};
