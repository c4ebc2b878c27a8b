#pragma once

#include <QtGlobal>

// Cuts the elements of a top-level JSON list into windows of whole elements, so that a parser of small
// capacity reads a file of hundreds of MB one window after another: simdjson's structural index costs
// about 4 bytes per structural character of what it is given at once (over 200 MB for a 376 MB file).
//
// A window is parsed in place as a list of its own: its first byte is the list's '[' or the ',' before
// its first element (the caller writes '[' there while parsing it), its last byte the ',' after its
// last element (the caller writes ']' there) or the list's own ']'. Offsets stay file offsets.
//
// The scan is string-aware (quotes, escapes) and counts brackets; it runs at several GB/s on 64-byte
// blocks, so it adds little to a parse. It never looks at bytes past `size`.
class ArrayWindows
{
public:
    struct Window
    {
        qsizetype begin = 0; // '[' or ','
        qsizetype end = 0; // one past the closing ']' or ','
        bool last = false; // the list's ']' (or the end of the data) closes it
    };

    // data[open] is the list's '['.
    ArrayWindows(const char *data, qsizetype size, qsizetype open, qsizetype targetBytes);

    bool atEnd() const { return m_done; }
    // The next window: at least targetBytes long unless it is the last one.
    Window next();
    // Where the list's ']' is once the last window was returned; -1 when the last window runs to the
    // end of the data (shorter than targetBytes, or a list that never closes).
    qsizetype closeAt() const { return m_closeAt; }

private:
    // Scans from m_pos for a ',' at depth 1 at or after `from`, or the list's ']': its offset, or
    // -1 at the end of the data.
    qsizetype scan(qsizetype from);
    // The byte-by-byte scan of [m_pos, to): stops at a match like scan().
    qsizetype scanBytes(qsizetype to, qsizetype from);

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_target = 0;
    qsizetype m_pos = 0; // next byte to scan
    qsizetype m_begin = 0; // where the next window begins
    qsizetype m_closeAt = -1;
    int m_depth = 1;
    bool m_inString = false;
    bool m_escaped = false; // the previous byte was a backslash inside a string
    bool m_done = false;
};
