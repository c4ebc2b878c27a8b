#include "celltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Plain-text tooltips never wrap, so long values go out as rich text, which does.
constexpr qsizetype plainToolTipLength = 60;
constexpr qsizetype toolTipWidth = 80; // characters a tooltip line holds at most

// Lines of at most width characters, broken after a space or a URL's separators where there is one,
// so that a tooltip stays a readable column whatever the value (a 500-character token included).
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QStringView rest(paragraph);
        while (rest.size() > width) {
            qsizetype cut = -1;
            for (qsizetype i = width; i > width / 2 && cut < 0; --i) {
                if (QStringView(u" /&?,;").contains(rest[i - 1]))
                    cut = i;
            }
            if (cut < 0)
                cut = width;
            lines.append(rest.left(cut).toString());
            rest = rest.mid(cut);
        }
        lines.append(rest.toString());
    }
    return lines;
}

} // namespace

QString CellText::singleLine(QString text)
{
    return text.replace(u"\r\n"_s, u"\u21b5"_s).replace(u'\n', u'\u21b5').replace(u'\r', u'\u21b5');
}

QString CellText::toolTip(const QString &text)
{
    if (text.size() <= plainToolTipLength && !text.contains(u'\n'))
        return text;
    // Rich text, so that the lines stay as broken here (and spaces as written).
    QStringList lines = wrapped(text, toolTipWidth);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return u"<p style=\"white-space:pre\">"_s % lines.join(u"<br>"_s) % u"</p>"_s;
}
