#pragma once

#include <QString>

// How a map's values read in a one-line table cell and in its tooltip, for every table of keys and
// values (the read-only ones and the editor alike).
namespace CellText {

// Newlines shown as \u21b5: a cell is one line, and a newline would hide everything after it.
QString singleLine(QString text);
// The whole text as a tooltip: plain when short, else rich text broken into lines of at most 80
// characters (after a space or a URL's separators where there is one), spaces kept as written.
QString toolTip(const QString &text);

} // namespace CellText
