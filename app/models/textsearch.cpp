#include "textsearch.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

constexpr int otherCharBit = 63;

// Bit of each character with a bit of its own; everything else is otherCharBit.
constexpr std::array<quint8, 128> charBits = [] {
    std::array<quint8, 128> bits {};
    for (auto &bit : bits)
        bit = otherCharBit;
    int next = 0;
    for (char c = 'a'; c <= 'z'; ++c)
        bits[static_cast<std::size_t>(c)] = static_cast<quint8>(next++);
    for (char c = '0'; c <= '9'; ++c)
        bits[static_cast<std::size_t>(c)] = static_cast<quint8>(next++);
    // The punctuation of ids, times, URLs, sub-codes and "key=value, " summaries.
    for (char c : " \t-_.,:;/=?&@#!'\"()+*%|<>[]")
        if (c != '\0')
            bits[static_cast<std::size_t>(c)] = static_cast<quint8>(next++);
    return bits;
}();
static_assert(charBits['z'] == 25 && charBits['9'] == 35 && charBits[']'] == 62, "63 own bits plus one shared");

int charBit(unsigned char c)
{
    return c < 128 ? charBits[c] : otherCharBit;
}

unsigned pairBit(unsigned char first, unsigned char second)
{
    // Multiplicative hashing; the top byte spreads even the narrow alphabet of hex ids well.
    return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u)) >> 24;
}

bool equalAt(const char *text, const char *pattern, qsizetype length)
{
    return std::memcmp(text, pattern, static_cast<std::size_t>(length)) == 0;
}

// A printable ASCII character case-folded, which keeps it ASCII.
char foldedAscii(char16_t c)
{
    return static_cast<char>(QChar(c).toCaseFolded().unicode());
}

// Regex syntax scanning for requiredLiteral(). Each returns the index after the construct starting at i,
// or -1 when the pattern is not understood (the caller then proves nothing).
qsizetype skipClass(QStringView p, qsizetype i)
{
    ++i; // '['
    if (i < p.size() && p[i] == u'^')
        ++i;
    if (i < p.size() && p[i] == u']')
        ++i; // a leading ']' is a member
    while (i < p.size()) {
        if (p[i] == u'\\') {
            i += 2;
        } else if (p.mid(i).startsWith(u"[:")) {
            const qsizetype end = p.indexOf(u":]", i + 2);
            if (end < 0)
                return -1;
            i = end + 2;
        } else if (p[i] == u']') {
            return i + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

qsizetype skipGroup(QStringView p, qsizetype i)
{
    int depth = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') {
            i += 2;
        } else if (c == u'[') {
            i = skipClass(p, i);
            if (i < 0)
                return -1;
        } else {
            if (c == u'(')
                ++depth;
            else if (c == u')' && --depth == 0)
                return i + 1;
            ++i;
        }
    }
    return -1;
}

// The alternatives of a group made of plain literals only ("(lost|removed)"), case-folded; empty
// when the group holds anything else or an empty alternative.
QByteArrayList literalAlternatives(QStringView group)
{
    QByteArrayList alternatives {QByteArray()};
    for (const QChar c : group) {
        if (c == u'|') {
            alternatives.append(QByteArray());
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || QStringView(u"\\^$.|?*+()[]{}").contains(c))
            return {};
        alternatives.last() += foldedAscii(c.unicode());
    }
    const bool anyEmpty
        = std::any_of(alternatives.cbegin(), alternatives.cend(), [](const QByteArray &a) { return a.isEmpty(); });
    return anyEmpty ? QByteArrayList() : alternatives;
}

// Skips a quantifier (with its lazy or possessive suffix) after an item; true if there was one.
bool skipQuantifier(QStringView p, qsizetype &i)
{
    if (i >= p.size())
        return false;
    if (p[i] == u'{') {
        const qsizetype end = p.indexOf(u'}', i);
        i = end < 0 ? p.size() : end + 1; // a lone '{' is a literal; skipping it proves less, never wrong
    } else if (p[i] == u'?' || p[i] == u'*' || p[i] == u'+') {
        ++i;
    } else {
        return false;
    }
    if (i < p.size() && (p[i] == u'?' || p[i] == u'+'))
        ++i;
    return true;
}

} // namespace

namespace TextSearch {

Fingerprint fingerprint(QByteArrayView text)
{
    Fingerprint print;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    std::copy_n(text.data(), std::min<qsizetype>(text.size(), print.head.size()), print.head.begin());
    for (qsizetype i = 0; i < text.size(); ++i) {
        print.chars |= quint64(1) << charBit(s[i]);
        if (i > 0) {
            const unsigned bit = pairBit(s[i - 1], s[i]);
            print.pairs[bit >> 6] |= quint64(1) << (bit & 63);
        }
    }
    return print;
}

bool mayStartWith(const Fingerprint &text, QByteArrayView prefix)
{
    const qsizetype n = std::min<qsizetype>(prefix.size(), text.head.size());
    return std::equal(prefix.data(), prefix.data() + n, text.head.begin());
}

bool fingerprintDecides(QByteArrayView pattern)
{
    return pattern.size() == 1 && charBit(static_cast<unsigned char>(pattern.front())) != otherCharBit;
}

bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    const qsizetype h = haystack.size();
    if (n == 0)
        return true;
    if (n > h)
        return false;
    const char *s = haystack.data();
    const char *p = needle.data();
    if (n == 1)
        return std::memchr(s, p[0], static_cast<std::size_t>(h)) != nullptr;
    const qsizetype starts = h - n + 1;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen start positions per step: keep those whose first and last bytes both match the
    // needle's, then compare the middle. Few positions survive both, so the middle is rarely read.
    const __m128i first = _mm_set1_epi8(p[0]);
    const __m128i last = _mm_set1_epi8(p[n - 1]);
    for (; i + 16 <= starts; i += 16) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i atLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + n - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(atFirst, first), _mm_cmpeq_epi8(atLast, last))));
        while (mask) {
            const int at = __builtin_ctz(mask);
            if (equalAt(s + i + at + 1, p + 1, n - 2))
                return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i < starts; ++i) {
        if (s[i] == p[0] && s[i + n - 1] == p[n - 1] && equalAt(s + i + 1, p + 1, n - 2))
            return true;
    }
    return false;
}

RegexHint regexHint(QStringView p)
{
    // Inline options and \\Q...\\E change how the rest reads; not worth understanding here.
    if (p.contains(u"(?") || p.contains(u"\\Q") || p.contains(u"\\E"))
        return {};
    RegexHint hint;
    const bool anchored = p.startsWith(u'^');
    bool atStart = anchored; // no item but literal characters since the leading '^'
    QByteArray run; // consecutive required literal characters
    const auto endRun = [&hint, &run, &atStart] {
        if (atStart)
            hint.prefix = run;
        atStart = false;
        if (run.size() > hint.literal.size())
            hint.literal = run;
        run.clear();
    };
    qsizetype i = anchored ? 1 : 0;
    while (i < p.size()) {
        const char16_t c = p[i].unicode();
        if (c == u'|' || c == u')') {
            return {}; // a top-level alternative may avoid every literal; ')' unbalanced
        } else if (c == u'(' || c == u'[') {
            endRun();
            const qsizetype start = i;
            i = c == u'(' ? skipGroup(p, i) : skipClass(p, i);
            if (i < 0)
                return {};
            const qsizetype end = i;
            const bool optional = i < p.size() && (p[i] == u'?' || p[i] == u'*' || p[i] == u'{');
            skipQuantifier(p, i);
            if (c == u'(' && !optional && hint.anyOf.isEmpty())
                hint.anyOf = literalAlternatives(p.mid(start + 1, end - start - 2));
        } else if (c == u'\\') {
            // Class escapes and assertions end a run; escaped punctuation is a literal we simply skip.
            // Anything else (\\x41, \\1, \\cX, \\p{..}) is not understood.
            const QChar next = i + 1 < p.size() ? p[i + 1] : QChar();
            if (next.isLetterOrNumber() && !QStringView(u"dDwWsSbB").contains(next))
                return {};
            endRun();
            i += 2;
            skipQuantifier(p, i);
        } else if (c == u'?' || c == u'*' || c == u'{') {
            // The previous character may be absent ("ab*", "ab?", "ab{0,2}").
            if (!run.isEmpty())
                run.chop(1);
            endRun();
            skipQuantifier(p, i);
        } else if (c == u'+') {
            endRun(); // "ab+c" needs "ab" and "c", not "abc"
            skipQuantifier(p, i);
        } else if (c == u'.' || c == u'^' || c == u'$' || c < 0x20 || c > 0x7e) {
            // Any character, anchors, and (caseless matching being subtle outside ASCII) non-ASCII.
            endRun();
            ++i;
            if (c == u'.')
                skipQuantifier(p, i);
        } else {
            run += foldedAscii(c);
            ++i;
        }
    }
    // Nothing but '^' and literal characters: the pattern means "starts with".
    hint.prefixDecides = atStart;
    endRun();
    return hint;
}

} // namespace TextSearch
