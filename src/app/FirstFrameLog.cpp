#include "FirstFrameLog.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace {

// Handles the window's next update request itself, so that it can tell
// when painting and flushing are over, then goes away. Widgets post their
// update requests to their top-level widget, which paints and flushes the
// backing store when it handles one.
class FirstFrameFilter : public QObject
{
public:
    explicit FirstFrameFilter(QWidget* window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_inside || event->type() != QEvent::UpdateRequest)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        qCDebug(lcApp) << "first frame with data presented";
        watched->removeEventFilter(this);
        deleteLater();
        return true;
    }

private:
    bool m_inside = false;
};

} // namespace

void logFirstPresentedFrame(QWidget* window)
{
    if (!lcApp().isDebugEnabled() || !window)
        return;
    new FirstFrameFilter(window->window());
    window->window()->update();
}
