#pragma once

#include "ExitCode.h"

#include <QString>

class QObject;
class QWidget;

// What the floorwatch program says on standard error, and the exit code it
// returns with: one line, "floorwatch: <sentence>".
namespace Console {

void say(const QString& message);
int fail(const QString& message, ExitCode code = ExitCode::Usage);

// --screenshot: once `ready` has fired on `widget` (its first data is
// drawn), saves the widget as a PNG and exits; exits with Unavailable when
// no data arrives within a minute.
template <typename Widget, typename Signal>
void screenshotWhenReady(Widget* widget, Signal ready, const QString& file);
void saveScreenshot(QWidget* widget, const QString& file);
void screenshotTimeout(QObject* context);

template <typename Widget, typename Signal>
void screenshotWhenReady(Widget* widget, Signal ready, const QString& file)
{
    QObject::connect(widget, ready, widget, [widget, file] { saveScreenshot(widget, file); });
    screenshotTimeout(widget);
}

} // namespace Console
