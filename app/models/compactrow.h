#pragma once

#include <QDateTime>
#include <QStringView>

#include <limits>

// Helpers of ArtifactListModel's compact rows, shared by its two source files.
namespace CompactRow {

inline constexpr qint64 invalidTime = std::numeric_limits<qint64>::min();

// Only ids whose text is exactly what QUuid prints can be stored as a QUuid: anything else
// (upper case, braces, not a UUID at all) must come back verbatim, so it is kept as text.
inline bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool hyphenSlot = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphenSlot ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

inline qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : invalidTime;
}

inline QDateTime fromMs(qint64 ms)
{
    return ms == invalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace CompactRow
