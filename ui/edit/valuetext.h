#pragma once

#include "domain/artifact.h"

#include <QString>

#include <optional>

class QFont;

// One metadata value as the save-flow widgets show it. A value that is not text of its own (absent,
// null, an empty string) is shown as an italic word in parentheses or "null", so it never reads as
// the text "null" or as nothing at all; the tooltip says which it is in words.
namespace ValueText {

struct Shown
{
    QString text; // one line (line breaks as ↵), cut to maxChars with "…"
    QString toolTip; // the whole value, or what the special word means
    bool special = false; // absent, null or empty: shown in italics
};

// value: nullopt for an absent key. maxChars <= 0: never cut.
Shown show(const std::optional<MetadataValue> &value, int maxChars = 60);
// Sets label-like widgets' italics for a Shown value.
QFont fontFor(const Shown &shown, QFont font);
// The short form used inside sentences: “text”, null, (absent).
QString inSentence(const std::optional<MetadataValue> &value, int maxChars = 40);

} // namespace ValueText
