#pragma once

#include "MetricsStore.h"

#include <QWidget>

#include <functional>

class Clock;
class DashboardView;
class HistoryStore;
class QLabel;
class QPushButton;
class QShortcut;
class QSlider;
class QStackedWidget;

// The live dashboard with a timeline under it. Dragging the timeline shows
// the team as it was at that moment (table, numbers, bars), from the
// history, in a second dashboard that is clearly marked; polling and the
// live dashboard go on underneath. Esc or "Back to live" returns.
class LookBackView : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        Clock& clock;
        const MetricsStore& live;
        const HistoryStore& history;
        std::function<QString()> workspace;
    };

    LookBackView(Services services, DashboardView* liveView, QWidget* parent = nullptr);

    // The team on screen changed: back to live, and the timeline follows it.
    void setTeam(const QString& teamId);
    bool isLive() const;
    // Shows the team at `atMs` (UTC ms), if it was polled then.
    void showMoment(qint64 atMs);
    void backToLive();

    DashboardView* pastView() const { return m_pastView; }
    QSlider* timeline() const { return m_slider; }
    QString stateText() const;

signals:
    void liveChanged(bool live);

private:
    void updateRange();
    qint64 rangeStartMs() const;
    void showState(const QString& text, bool past);

    Services m_s;
    QString m_teamId;
    MetricsStore m_past;
    DashboardView* m_liveView;
    DashboardView* m_pastView;
    QStackedWidget* m_pages;
    QSlider* m_slider;
    QLabel* m_state;
    QPushButton* m_liveButton;
    QShortcut* m_escape;
    QWidget* m_bar;
    qint64 m_shownMs = 0;
};
