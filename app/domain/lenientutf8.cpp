#include "lenientutf8.h"

#include <simdjson.h>

#include <algorithm>

namespace {

// The length of the well-formed sequence starting at text[i], or the length of the maximal subpart
// to replace (negated). Table 3-7 of the Unicode standard: the second byte's range depends on the lead.
qsizetype sequenceAt(QByteArrayView text, qsizetype i)
{
    const auto byte = [&text](qsizetype at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return -1; // a continuation byte without a lead, C0, C1, F5..FF
    }
    for (qsizetype k = 1; k < length; ++k) {
        if (i + k >= text.size())
            return -k;
        const unsigned char next = byte(i + k);
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
            return -k;
    }
    return length;
}

} // namespace

namespace LenientUtf8 {

std::optional<Repaired> repair(QByteArrayView text)
{
    if (simdjson::validate_utf8(text.data(), static_cast<std::size_t>(text.size())))
        return std::nullopt;
    Repaired repaired;
    repaired.bytes.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype length = sequenceAt(text, i);
        if (length > 0) {
            repaired.bytes.append(text.sliced(i, length));
            i += length;
        } else {
            repaired.replacements.append(repaired.bytes.size());
            repaired.bytes.append("\xEF\xBF\xBD");
            i -= length;
        }
    }
    return repaired;
}

qsizetype countIn(const QList<qsizetype> &replacements, qsizetype begin, qsizetype end)
{
    const auto first = std::lower_bound(replacements.cbegin(), replacements.cend(), begin);
    const auto last = std::lower_bound(first, replacements.cend(), end);
    return last - first;
}

} // namespace LenientUtf8
