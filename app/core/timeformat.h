#pragma once

#include <QDateTime>
#include <QString>

// How times read in the app: local wall-clock time for reading, a relative form for "how long ago",
// and exact UTC for tooltips and copying. `now` is a parameter so tests and views agree on it.
namespace TimeFormat {

// "3 min ago", "in 2 h", "just now", "5 days ago", "4 months ago"; empty for an invalid time.
QString relative(const QDateTime &time, const QDateTime &now);
// "2025-07-16 21:17" in the local time zone; empty for an invalid time.
QString local(const QDateTime &time);
// "2025-07-16 21:17 (3 min ago)".
QString localWithRelative(const QDateTime &time, const QDateTime &now);
// For narrow cells: the relative form within the last day ("12 min ago", "5 h ago"), the local date
// beyond ("2025-07-16"); empty for an invalid time.
QString compact(const QDateTime &time, const QDateTime &now);
// Two lines for a tooltip: local with relative, then exact UTC.
QString full(const QDateTime &time, const QDateTime &now);
// "2025-07-16T19:17:42.123Z".
QString utc(const QDateTime &time);

} // namespace TimeFormat
