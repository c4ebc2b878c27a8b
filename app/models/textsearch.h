#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>

// The plain-text half of the quick filter, built for 100 000 rows per keystroke: a small per-row
// fingerprint that rules most rows out without reading their text, and a substring search for the
// rows left. Texts are UTF-8, case-folded by the caller on both sides, so matching is exact byte
// equality (UTF-8 is self-synchronising: a valid needle found in a valid text starts on a character).
// UTF-8 rather than UTF-16 halves both what a row keeps and what a keystroke reads.
namespace TextSearch {

// Which bytes and which adjacent byte pairs occur in a text, and how it begins (48 bytes).
// Lower-case ASCII letters, digits and common punctuation have a bit each; every other byte shares
// one bit, and pairs are hashed into 256 bits. A text can contain a pattern only if it has all of the
// pattern's bits.
struct Fingerprint
{
    quint64 chars = 0;
    std::array<quint64, 4> pairs {};
    std::array<char, 8> head {}; // the first bytes, zero-padded

    bool mayContain(const Fingerprint &pattern) const
    {
        return (chars & pattern.chars) == pattern.chars && (pairs[0] & pattern.pairs[0]) == pattern.pairs[0]
            && (pairs[1] & pattern.pairs[1]) == pattern.pairs[1] && (pairs[2] & pattern.pairs[2]) == pattern.pairs[2]
            && (pairs[3] & pattern.pairs[3]) == pattern.pairs[3];
    }
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
};

Fingerprint fingerprint(QByteArrayView text);

// Whether the text may start with prefix; the answer is exact for a prefix of up to eight bytes.
bool mayStartWith(const Fingerprint &text, QByteArrayView prefix);

// Whether a text's fingerprint alone answers for this pattern (a single byte with its own bit), so
// that mayContain() is exact and the text need not be read.
bool fingerprintDecides(QByteArrayView pattern);

// Whether needle occurs in haystack, comparing bytes exactly.
bool contains(QByteArrayView haystack, QByteArrayView needle);

// What a case-insensitive regular expression needs of a case-folded text, so that most rows need no
// regex call (each costs about a microsecond, too much for 100 000 rows per keystroke). Proven
// conservatively from the pattern's syntax: top-level alternation, inline options and unusual escapes
// prove nothing. Necessary conditions only, unless prefixDecides says otherwise.
struct RegexHint
{
    // Literals are case-folded printable ASCII, so they are their own UTF-8.
    QByteArray literal; // every matching text contains this; empty: nothing known
    QByteArray prefix; // the pattern starts with '^' and this literal: every matching text starts with it
    QByteArrayList anyOf; // every matching text contains one of these (a group like "(lost|removed)")
    bool prefixDecides = false; // the pattern is exactly '^' and prefix: startsWith(prefix) is the answer
};
RegexHint regexHint(QStringView regexPattern);

} // namespace TextSearch
