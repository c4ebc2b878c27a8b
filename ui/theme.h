#pragma once

#include <QPalette>
#include <QString>

// The colour scheme: the desktop's own, or Fusion with a light or dark palette (for desktops that
// offer none, and for people who want the app darker than their desktop). Every colour in the app
// derives from the palette, so switching needs no restart.
namespace Theme {

enum class Scheme { System, Light, Dark };

Scheme fromString(const QString &name);
QString toString(Scheme scheme);

// Applies and remembers the scheme (QSettings "ui/theme").
void apply(Scheme scheme);
// Applies the remembered scheme; call once at start-up.
void applySaved();
Scheme saved();
// The palette a scheme applies (System: the desktop's), for drawing off screen in a given scheme.
QPalette palette(Scheme scheme);

} // namespace Theme
