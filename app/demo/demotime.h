#pragma once

#include <QString>

#include <optional>

// Time on the demo wire is microseconds since the Unix epoch (UTC): Recall prints six fractional
// digits, which QDateTime (milliseconds) cannot carry.
namespace DemoTime {

// The fixed "now" of the generated workspace. Data never depends on the real date, so the same
// seed gives the same bytes tomorrow; server-side changes are stamped anchor + clock time.
qint64 anchorUs();

// "2025-07-17T00:00:09.730066Z"
QString isoMicros(qint64 epochUs);

// Accepts what a Django IsoDateTimeFilter accepts from our clients: a date, or a date-time with
// optional fraction and optional Z / ±hh:mm offset (no offset means UTC).
std::optional<qint64> parseIso(const QString &text);

} // namespace DemoTime
