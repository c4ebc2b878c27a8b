#include "arraywindows_p.h"

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

ArrayWindows::ArrayWindows(const char *data, qsizetype size, qsizetype open, qsizetype targetBytes)
    : m_data(data)
    , m_size(size)
    , m_target(std::max<qsizetype>(targetBytes, 1))
    , m_pos(open + 1)
    , m_begin(open)
{ }

ArrayWindows::Window ArrayWindows::next()
{
    Window window;
    window.begin = m_begin;
    if (m_done) {
        window.end = m_begin;
        window.last = true;
        return window;
    }
    if (m_size - m_begin <= m_target) {
        // What is left fits in one window: no need to look for its end (the caller's parser does).
        m_done = true;
        window.last = true;
        window.end = m_size;
        return window;
    }
    const qsizetype at = scan(m_begin + m_target);
    if (at < 0 || m_depth == 0) {
        // The list's ']' or the end of the data (a list that never closes: the caller's parser says so).
        m_done = true;
        window.last = true;
        window.end = at < 0 ? m_size : at + 1;
        m_closeAt = at;
        return window;
    }
    window.end = at + 1;
    m_begin = at;
    m_pos = at + 1;
    return window;
}

qsizetype ArrayWindows::scanBytes(qsizetype to, qsizetype from)
{
    for (; m_pos < to; ++m_pos) {
        const char c = m_data[m_pos];
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '{':
        case '[':
            ++m_depth;
            break;
        case '}':
        case ']':
            if (--m_depth == 0)
                return m_pos;
            break;
        case ',':
            if (m_depth == 1 && m_pos >= from)
                return m_pos;
            break;
        default:
            break;
        }
    }
    return -1;
}

qsizetype ArrayWindows::scan(qsizetype from)
{
#if defined(__SSE2__)
    // 64 bytes at a time: masks of quotes, backslashes and structural bytes; a prefix XOR of the
    // quotes tells which bytes are inside a text. A block with a backslash (rare outside names) is
    // left to the byte loop, which knows escapes.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i caseBit = _mm_set1_epi8(0x20); // '[' | 0x20 is '{', ']' | 0x20 is '}'
    const __m128i openBrace = _mm_set1_epi8('{');
    const __m128i closeBrace = _mm_set1_epi8('}');
    const auto mask16
        = [](__m128i v) { return static_cast<std::uint64_t>(static_cast<quint16>(_mm_movemask_epi8(v))); };
    while (m_pos + 64 <= m_size) {
        std::uint64_t quotes = 0, backslashes = 0, opens = 0, closes = 0, commas = 0;
        for (int part = 0; part < 4; ++part) {
            const __m128i bytes
                = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + m_pos + 16 * part)); // NOLINT
            const __m128i folded = _mm_or_si128(bytes, caseBit);
            const int shift = 16 * part;
            quotes |= mask16(_mm_cmpeq_epi8(bytes, quote)) << shift;
            backslashes |= mask16(_mm_cmpeq_epi8(bytes, backslash)) << shift;
            opens |= mask16(_mm_cmpeq_epi8(folded, openBrace)) << shift;
            closes |= mask16(_mm_cmpeq_epi8(folded, closeBrace)) << shift;
            commas |= mask16(_mm_cmpeq_epi8(bytes, comma)) << shift;
        }
        if (backslashes || m_escaped) {
            if (const qsizetype at = scanBytes(m_pos + 64, from); at >= 0)
                return at;
            continue;
        }
        std::uint64_t inside = quotes;
        inside ^= inside << 1;
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        inside ^= inside << 16;
        inside ^= inside << 32;
        if (m_inString)
            inside = ~inside;
        opens &= ~inside;
        closes &= ~inside;
        const int closeCount = std::popcount(closes);
        // Most blocks cannot close the list nor hold the ',' looked for: the depth's change is enough.
        const bool wanted = m_pos + 64 > from && (commas & ~inside) != 0;
        if (m_depth - closeCount > (wanted ? 1 : 0)) {
            m_depth += std::popcount(opens) - closeCount;
            m_inString = (inside >> 63) != 0;
            m_pos += 64;
            continue;
        }
        std::uint64_t structural = opens | closes | (commas & ~inside);
        while (structural) {
            const int i = std::countr_zero(structural);
            structural &= structural - 1;
            const std::uint64_t bit = std::uint64_t(1) << i;
            if (opens & bit) {
                ++m_depth;
            } else if (closes & bit) {
                if (--m_depth == 0) {
                    m_pos += i;
                    m_inString = false;
                    return m_pos;
                }
            } else if (m_depth == 1 && m_pos + i >= from) {
                m_pos += i;
                m_inString = false;
                return m_pos;
            }
        }
        m_inString = (inside >> 63) != 0;
        m_pos += 64;
    }
#endif
    return scanBytes(m_size, from);
}
