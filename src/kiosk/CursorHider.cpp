#include "CursorHider.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>

CursorHider::CursorHider(QWidget& window, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_clock(clock)
{
    window.setMouseTracking(true);
    // Moves reach the window's QWindow whatever widget is under the mouse.
    QCoreApplication::instance()->installEventFilter(this);
    hide();
}

CursorHider::~CursorHider()
{
    m_clock.cancel(m_timer);
}

void CursorHider::hide()
{
    m_timer = 0;
    if (m_window)
        m_window->setCursor(Qt::BlankCursor);
    m_hidden = true;
}

bool CursorHider::belongsToWindow(QObject* object) const
{
    if (!m_window || !object)
        return false;
    if (object == m_window->windowHandle())
        return true;
    for (QObject* o = object; o; o = o->parent())
        if (o == m_window)
            return true;
    return false;
}

bool CursorHider::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if ((type == QEvent::MouseMove || type == QEvent::HoverMove || type == QEvent::TabletMove) &&
        belongsToWindow(watched)) {
        if (m_hidden) {
            m_window->setCursor(Qt::ArrowCursor);
            m_hidden = false;
        }
        m_clock.cancel(m_timer);
        m_timer = m_clock.schedule(kHideAfter, this, [this] { hide(); });
    }
    return QObject::eventFilter(watched, event);
}
