#include "searchtexts.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace {
// Big enough that block headers do not matter, small enough that the unused tail of the last block
// does not either.
constexpr qsizetype blockSize = 64 * 1024;
} // namespace

void SearchTexts::reserve(qsizetype rows)
{
    m_data.reserve(static_cast<std::size_t>(rows));
    m_sizes.reserve(static_cast<std::size_t>(rows));
}

void SearchTexts::append(QByteArrayView text)
{
    m_data.push_back(store(text));
    m_sizes.push_back(static_cast<quint32>(text.size()));
}

void SearchTexts::replace(qsizetype row, QByteArrayView text)
{
    const auto r = static_cast<std::size_t>(row);
    const QByteArrayView old = at(row);
    if (old == text)
        return;
    m_liveBytes -= old.size();
    m_data[r] = store(text);
    m_sizes[r] = static_cast<quint32>(text.size());
    if (m_blockBytes - m_liveBytes > std::max(m_liveBytes, blockSize))
        compact();
}

void SearchTexts::erase(qsizetype row)
{
    m_liveBytes -= at(row).size();
    m_data.erase(m_data.begin() + row);
    m_sizes.erase(m_sizes.begin() + row);
}

void SearchTexts::clear()
{
    // Swapping with empty containers hands the memory back; clear() would keep the capacity.
    std::vector<std::unique_ptr<char[]>>().swap(m_blocks);
    std::vector<const char *>().swap(m_data);
    std::vector<quint32>().swap(m_sizes);
    m_free = nullptr;
    m_freeBytes = 0;
    m_blockBytes = 0;
    m_liveBytes = 0;
}

const char *SearchTexts::store(QByteArrayView text)
{
    // A row's text is a few hundred bytes; a metadata map's summary is capped far below 4 GiB.
    Q_ASSERT(text.size() < std::numeric_limits<quint32>::max());
    const auto bytes = static_cast<std::size_t>(text.size());
    m_liveBytes += text.size();
    if (text.size() > blockSize / 4) { // a large text gets a block of its own; the open one stays open
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(bytes));
        m_blockBytes += text.size();
        std::memcpy(m_blocks.back().get(), text.data(), bytes);
        return m_blocks.back().get();
    }
    if (text.size() > m_freeBytes) {
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(blockSize)));
        m_blockBytes += blockSize;
        m_free = m_blocks.back().get();
        m_freeBytes = blockSize;
    }
    char *at = m_free;
    if (bytes > 0)
        std::memcpy(at, text.data(), bytes);
    m_free += text.size();
    m_freeBytes -= text.size();
    return at;
}

void SearchTexts::compact()
{
    std::vector<std::unique_ptr<char[]>> oldBlocks;
    oldBlocks.swap(m_blocks); // keeps the texts readable while they are copied
    m_free = nullptr;
    m_freeBytes = 0;
    m_blockBytes = 0;
    m_liveBytes = 0;
    for (std::size_t r = 0; r < m_data.size(); ++r)
        m_data[r] = store({m_data[r], static_cast<qsizetype>(m_sizes[r])});
}
