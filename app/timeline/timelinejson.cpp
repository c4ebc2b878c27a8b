#include "timelinejson_p.h"
#include "timelineparser.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

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

Tail scanTail(const char *data, qsizetype size)
{
    Tail tail;
    std::string open; // the brackets not yet closed
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (open.empty() && c != '[')
                return tail;
            open.push_back(c);
            if (open.size() == 1) {
                tail.closeAt = i + 1;
                tail.readable = i + 2;
            }
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            if (open.empty()) {
                // The list closes early and something follows it.
                tail.closeAt = -1;
                tail.readable = i + 1;
                tail.errorAt = std::find_if(data + i + 1, data + size, [](char t) {
                    return t != ' ' && t != '\n' && t != '\r' && t != '\t';
                }) - data;
                tail.expected = TimelineParser::tr("expected the end of the file after ']'");
                return tail;
            }
            break;
        case ',':
            if (open.size() == 1) {
                tail.closeAt = i;
                tail.readable = i + 1;
            }
            break;
        default:
            break;
        }
    }
    if (open.empty())
        return tail;
    const char *last
        = std::find_if(std::make_reverse_iterator(data + size), std::make_reverse_iterator(data), [](char t) {
              return t != ' ' && t != '\n' && t != '\r' && t != '\t';
          }).base();
    if (open.size() == 1 && !inString && last[-1] != ',' && last[-1] != '[') {
        // Only the final ']' is missing: every segment is there.
        tail.closeAt = size;
        tail.readable = size + 1;
    }
    tail.errorAt = size;
    const QString what = inString ? TimelineParser::tr("expected '\"' to close a text")
        : open.back() == '{'      ? TimelineParser::tr("expected ',' or '}'")
                                  : TimelineParser::tr("expected ',' or ']'");
    tail.expected = TimelineParser::tr("the file ends early: %1").arg(what);
    return tail;
}

} // namespace TimelineJson
