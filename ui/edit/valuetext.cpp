#include "valuetext.h"

#include "core/shorttext.h"

#include <QCoreApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueText)
};

using ShortText::cut;
using ShortText::oneLine;
} // namespace

namespace ValueText {

Shown show(const std::optional<MetadataValue> &value, int maxChars)
{
    if (!value)
        return {Text::tr("(absent)"), Text::tr("No such key"), true};
    if (value->isNull())
        return {Text::tr("null"), Text::tr("No value (null)"), true};
    if (value->isString() && (*value)->isEmpty())
        return {Text::tr("(empty)"), Text::tr("An empty string"), true};
    const QString full = **value;
    Shown shown {cut(oneLine(full), maxChars), full, false};
    if (value->isRawJson())
        shown.toolTip = Text::tr("Not a string: kept as the server wrote it\n%1").arg(full);
    return shown;
}

QFont fontFor(const Shown &shown, QFont font)
{
    font.setItalic(shown.special);
    return font;
}

QString inSentence(const std::optional<MetadataValue> &value, int maxChars)
{
    const Shown shown = show(value, maxChars);
    if (shown.special || value->isRawJson())
        return shown.text;
    return u'\u201c' + shown.text + u'\u201d';
}

} // namespace ValueText
