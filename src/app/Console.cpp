#include "Console.h"

#include <QCoreApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Console {

void say(const QString& message)
{
    std::fprintf(stderr, "floorwatch: %s\n", message.toLocal8Bit().constData());
}

int fail(const QString& message, ExitCode code)
{
    say(message);
    return int(code);
}

void saveScreenshot(QWidget* widget, const QString& file)
{
    // Let layouts and charts settle and the window reach its size first.
    QTimer::singleShot(700, widget, [widget, file] {
        const bool saved = widget->grab().save(file, "PNG");
        if (!saved)
            say(QCoreApplication::translate("main", "could not write %1").arg(file));
        QCoreApplication::exit(saved ? 0 : int(ExitCode::Usage));
    });
}

void screenshotTimeout(QObject* context)
{
    QTimer::singleShot(60000, context, [] {
        say(QCoreApplication::translate("main", "no data arrived for the screenshot within 60 s"));
        QCoreApplication::exit(int(ExitCode::Unavailable));
    });
}

} // namespace Console
