#include "timeline/timelinecolors.h"

#include "statuscolors.h"

#include <QPalette>

namespace {

QColor mix(const QColor &a, const QColor &b, double aWeight)
{
    const double w = aWeight;
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)), float(a.greenF() * w + b.greenF() * (1 - w)),
        float(a.blueF() * w + b.blueF() * (1 - w)));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

QColor TimelineColors::speaker(qsizetype participantIndex) const
{
    if (speakers.isEmpty())
        return text;
    // Past the palette (a 40-speaker call), each further round of hues is a shade of its own: the
    // second leans towards the text colour, the third towards the background, so 42 speakers get 42
    // colours before any repeats.
    const QColor &hue = speakers.at(participantIndex % speakers.size());
    switch ((participantIndex / speakers.size()) % 3) {
    case 1:
        return mix(hue, text, 0.62);
    case 2:
        return mix(hue, base, 0.6);
    default:
        return hue;
    }
}

QColor TimelineColors::presence(qsizetype participantIndex) const
{
    return withAlpha(speaker(participantIndex), dark ? 52 : 40);
}

QColor TimelineColors::lane(qsizetype participantIndex) const
{
    return mix(speaker(participantIndex), text, 0.75);
}

const QList<QColor> &TimelineColors::speakerHues(bool dark)
{
    // Neighbours in the list differ in hue and lightness, so the first speakers of a meeting (who get
    // the first colours) are the easiest to tell apart. Light: contrast >= 3:1 on white for all but
    // yellow and lime, which are kept darker than their usual tone. Dark: the same hues lifted to read
    // on #1e1e20.
    static const QList<QColor> light {QColor(0x19, 0x71, 0xc2), QColor(0xe8, 0x59, 0x0c), QColor(0x09, 0x92, 0x68),
        QColor(0xc2, 0x25, 0x5c), QColor(0x67, 0x41, 0xd9), QColor(0xb0, 0x7d, 0x00), QColor(0x0c, 0x85, 0x99),
        QColor(0xe0, 0x31, 0x31), QColor(0x5c, 0x94, 0x0d), QColor(0x9c, 0x36, 0xb5), QColor(0x3b, 0x5b, 0xdb),
        QColor(0x8d, 0x55, 0x24), QColor(0x2f, 0x9e, 0x44), QColor(0xd6, 0x33, 0x6c)};
    static const QList<QColor> darkSet {QColor(0x4d, 0xab, 0xf7), QColor(0xff, 0xa9, 0x4d), QColor(0x38, 0xd9, 0xa9),
        QColor(0xf0, 0x65, 0x95), QColor(0x97, 0x75, 0xfa), QColor(0xff, 0xd4, 0x3b), QColor(0x3b, 0xc9, 0xdb),
        QColor(0xff, 0x6b, 0x6b), QColor(0xa9, 0xe3, 0x4b), QColor(0xda, 0x77, 0xf2), QColor(0x74, 0x8f, 0xfc),
        QColor(0xd2, 0xa6, 0x79), QColor(0x69, 0xdb, 0x7c), QColor(0xfa, 0xa2, 0xc1)};
    return dark ? darkSet : light;
}

TimelineColors TimelineColors::fromPalette(const QPalette &palette)
{
    TimelineColors c;
    c.dark = StatusColors::isDark(palette);
    c.window = palette.color(QPalette::Window);
    c.base = palette.color(QPalette::Base);
    c.alternateBase = mix(c.base, palette.color(QPalette::AlternateBase), 0.5);
    c.text = palette.color(QPalette::Text);
    c.secondaryText = StatusColors::secondaryText(palette);
    c.grid = mix(c.text, c.base, c.dark ? 0.16 : 0.12);
    c.beforeStart = withAlpha(c.text, c.dark ? 34 : 26);
    c.overlap = mix(c.text, c.base, 0.78);
    c.openEndedHatch = c.dark ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 190);
    c.selection = palette.color(QPalette::Highlight);
    c.visibleWindow = c.selection;
    c.badge = mix(c.selection, c.base, 0.22);
    c.badgeText = c.text;
    // Amber reads on every speaker hue and on both bases; the outline keeps it apart from orange bars.
    c.chat = c.dark ? QColor(0xff, 0xd4, 0x3b) : QColor(0xf5, 0x9f, 0x00);
    c.chatOutline = c.dark ? QColor(0x1e, 0x1e, 0x20) : QColor(0x34, 0x2a, 0x00);
    c.eventMarker = mix(c.text, c.base, c.dark ? 0.8 : 0.6);
    // Its own hue, so a place another pane pointed at never reads as the statistics' range.
    c.revealed = c.dark ? QColor(0xc3, 0x9b, 0xff) : QColor(0x7b, 0x3f, 0xbf);
    c.speakers = speakerHues(c.dark);
    return c;
}
