#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString settingsKey = u"ui/theme"_s;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(118, 118, 122);
    const QColor placeholder(150, 150, 154); // 5.3:1 on the base, yet clearly not typed text
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(80, 80, 84));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    // A disabled field sinks into the window instead of keeping the dark input well, so that it
    // reads as off at a glance (the date pickers of an unticked filter, for one).
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

// The style and palette the application started with, for "System".
struct Original
{
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original o {QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return o;
}

} // namespace

namespace Theme {

Scheme fromString(const QString &name)
{
    if (name == "dark"_L1)
        return Scheme::Dark;
    if (name == "light"_L1)
        return Scheme::Light;
    return Scheme::System;
}

QString toString(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::Light:
        return u"light"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

void apply(Scheme scheme)
{
    const Original &o = original();
    switch (scheme) {
    case Scheme::System:
        QApplication::setStyle(QStyleFactory::create(o.styleName));
        QApplication::setPalette(o.palette);
        break;
    case Scheme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Scheme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
    QSettings().setValue(settingsKey, toString(scheme));
}

Scheme saved()
{
    return fromString(QSettings().value(settingsKey).toString());
}

QPalette palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return darkPalette();
    case Scheme::Light: {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        return fusion ? fusion->standardPalette() : QPalette(Qt::white);
    }
    case Scheme::System:
        break;
    }
    return original().palette;
}

void applySaved()
{
    original(); // remember the desktop's look before anything changes it
    const Scheme scheme = saved();
    if (scheme != Scheme::System)
        apply(scheme);
}

} // namespace Theme
