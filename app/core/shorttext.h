#pragma once

#include <QString>

// Text shortened for one line of a table cell or a message: line breaks shown as ↵, and a cut at
// maxChars ending in …, never between the two halves of a surrogate pair.
namespace ShortText {

inline QString oneLine(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\u21b5"))
        .replace(u'\n', u'\u21b5')
        .replace(u'\r', u'\u21b5');
}

inline QString cut(const QString &text, int maxChars)
{
    if (maxChars <= 0 || text.size() <= maxChars)
        return text;
    qsizetype keep = maxChars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + u'\u2026';
}

} // namespace ShortText
