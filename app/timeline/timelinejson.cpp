#include "timelinejson_p.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace TimelineJson {

namespace {

// Epoch seconds beyond this (about 300 000 years) are no time of a meeting and would overflow.
constexpr double maxEpochSeconds = 1e13;
constexpr qint64 usPerSecond = 1000000;

bool digits(std::string_view text, std::size_t at, std::size_t count, int &out)
{
    if (at + count > text.size())
        return false;
    out = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<qint64> isoUs(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS[.f...](Z|+HH:MM|-HH:MM), as Recall writes it; a space for T is accepted.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 19 || !digits(text, 0, 4, year) || text[4] != '-' || !digits(text, 5, 2, month) || text[7] != '-'
        || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        || !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':'
        || !digits(text, 17, 2, second))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t at = 19;
    qint64 fractionUs = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        qint64 scale = 100000;
        const std::size_t first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            fractionUs += (text[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == first)
            return std::nullopt;
    }
    qint64 offsetSeconds = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(text, at + 1, 2, offsetHours) || at + 3 >= text.size())
            return std::nullopt;
        const std::size_t minutesAt = text[at + 3] == ':' ? at + 4 : at + 3;
        if (!digits(text, minutesAt, 2, offsetMinutes))
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        at = minutesAt + 2;
    } else {
        return std::nullopt; // no zone: not a point in time
    }
    if (at != text.size())
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * usPerSecond + fractionUs;
}

std::optional<qint64> absoluteUs(std::string_view rawToken)
{
    const std::string_view token = trimmed(rawToken);
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
        const std::string_view text = token.substr(1, token.size() - 2);
        if (text.find('\\') != std::string_view::npos)
            return std::nullopt; // no date needs escapes
        return isoUs(text);
    }
    double seconds = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), seconds);
    if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(seconds)
        || std::abs(seconds) > maxEpochSeconds)
        return std::nullopt;
    return std::llround(seconds * 1e6);
}

const char *containerEnd(const char *data, const char *end)
{
    int depth = 0;
    bool inString = false;
    for (const char *p = data; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\')
                ++p;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return p + 1;
        }
    }
    return nullptr;
}

} // namespace TimelineJson
