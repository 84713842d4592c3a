// macOS: an IOKit power assertion that prevents the display from idling to
// sleep; it is released outside active hours and when the program ends.

#include "DisplayAwake.h"

#include <CoreFoundation/CoreFoundation.h>
#include <IOKit/pwr_mgt/IOPMLib.h>

namespace {

class MacDisplayAwake final : public DisplayAwake
{
public:
    MacDisplayAwake(const QString& reason, QObject* parent)
        : DisplayAwake(parent)
        , m_reason(reason)
    {}
    ~MacDisplayAwake() override { release(); }

protected:
    void apply(bool on) override
    {
        if (!on) {
            release();
            return;
        }
        if (m_held)
            return;
        const CFStringRef reason = m_reason.toCFString();
        m_held = IOPMAssertionCreateWithName(kIOPMAssertionTypePreventUserIdleDisplaySleep,
                                             kIOPMAssertionLevelOn, reason,
                                             &m_assertion) == kIOReturnSuccess;
        CFRelease(reason);
    }

private:
    void release()
    {
        if (m_held)
            IOPMAssertionRelease(m_assertion);
        m_held = false;
    }

    QString m_reason;
    IOPMAssertionID m_assertion = 0;
    bool m_held = false;
};

} // namespace

std::unique_ptr<DisplayAwake> DisplayAwake::create(const QString& reason, QObject* parent)
{
    return std::make_unique<MacDisplayAwake>(reason, parent);
}
