#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

// The quick filter's text of every list row (case-folded UTF-8), kept end to end in large blocks
// instead of one allocation per row. A keystroke reads the texts in row order, so they sit in memory
// in row order and the CPU streams them; 100 000 small allocations would also cost some 40 bytes
// each in headers and pointers.
class SearchTexts
{
public:
    SearchTexts() = default;
    SearchTexts(const SearchTexts &) = delete;
    SearchTexts &operator=(const SearchTexts &) = delete;

    qsizetype size() const { return static_cast<qsizetype>(m_sizes.size()); }
    QByteArrayView at(qsizetype row) const
    {
        const auto r = static_cast<std::size_t>(row);
        return {m_data[r], static_cast<qsizetype>(m_sizes[r])};
    }

    void reserve(qsizetype rows);
    void append(QByteArrayView text);
    // The old text's bytes become garbage, reclaimed once they outweigh the live texts.
    void replace(qsizetype row, QByteArrayView text);
    void erase(qsizetype row); // later rows move up by one
    void clear();

    // Bytes held in blocks, live texts and garbage together.
    qsizetype blockBytes() const { return m_blockBytes; }

private:
    const char *store(QByteArrayView text);
    void compact();

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_free = nullptr; // the unused tail of the last block
    qsizetype m_freeBytes = 0;
    qsizetype m_blockBytes = 0;
    qsizetype m_liveBytes = 0;
    std::vector<const char *> m_data;
    std::vector<quint32> m_sizes;
};
