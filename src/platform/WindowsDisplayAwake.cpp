// Windows: SetThreadExecutionState keeps the display on for as long as the
// calling thread (the GUI thread, which lives as long as the program) says so.

#include "DisplayAwake.h"

#include <QtGlobal>

#ifdef Q_OS_WIN

#include <windows.h>

namespace {

class WindowsDisplayAwake final : public DisplayAwake
{
public:
    using DisplayAwake::DisplayAwake;
    ~WindowsDisplayAwake() override
    {
        if (keepAwake())
            SetThreadExecutionState(ES_CONTINUOUS);
    }

protected:
    void apply(bool on) override
    {
        SetThreadExecutionState(on ? (ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)
                                   : ES_CONTINUOUS);
    }
};

} // namespace

std::unique_ptr<DisplayAwake> DisplayAwake::create(const QString& /*reason*/, QObject* parent)
{
    return std::make_unique<WindowsDisplayAwake>(parent);
}

#endif // Q_OS_WIN
