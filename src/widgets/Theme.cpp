#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x22, 0x2a);
    const QColor base(0x16, 0x19, 0x20);
    const QColor text(0xe6, 0xe9, 0xef);
    const QColor muted(0x9a, 0xa3, 0xb2);
    const QColor accent(0x3b, 0x82, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x30));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    p.setColor(QPalette::BrightText, QColor(0xfb, 0xbf, 0x24));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x17));
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::BrightText, QColor(0xb4, 0x53, 0x09));
    p.setColor(QPalette::PlaceholderText, QColor(0x5b, 0x64, 0x72));
    return p;
}

} // namespace

namespace Theme {

Mode fromName(const QString& name)
{
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    if (name == QLatin1String("light"))
        return Mode::Light;
    return Mode::System;
}

void apply(QApplication& app, Mode mode)
{
    if (mode == Mode::System) {
        app.setPalette(QPalette());
        return;
    }
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace Theme
