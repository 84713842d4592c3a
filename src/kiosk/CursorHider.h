#pragma once

#include "Clock.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <chrono>

// A wall display has no cursor in the middle of the picture: it is hidden,
// shows up when the mouse moves over the window, and hides again after a
// few quiet seconds (timed by the Clock).
class CursorHider : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kHideAfter{3};

    CursorHider(QWidget& window, Clock& clock, QObject* parent = nullptr);
    ~CursorHider() override;

    bool isHidden() const { return m_hidden; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void hide();
    bool belongsToWindow(QObject* object) const;

    QPointer<QWidget> m_window;
    Clock& m_clock;
    Clock::TimerId m_timer = 0;
    bool m_hidden = false;
};
