#pragma once

#include <QPalette>
#include <QString>

class QApplication;

// Light and dark palettes on the Fusion style, or the system's own look.
namespace Theme {

enum class Mode
{
    System,
    Light,
    Dark
};

Mode fromName(const QString& name); // "system", "light", "dark"
void apply(QApplication& app, Mode mode);
bool isDark(const QPalette& palette);

} // namespace Theme
