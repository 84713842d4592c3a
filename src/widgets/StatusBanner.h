#pragma once

#include "ApiError.h"
#include "Poller.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// One line above the data that says what is wrong and what to do about it,
// with the request id behind "Details". Never modal: errors that fix
// themselves show a countdown and go away on their own.
class StatusBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Action
    {
        None,
        SignIn,
        PickTeam,
        Retry,
        OpenSettings
    };

    explicit StatusBanner(QWidget* parent = nullptr);

    // Shows the state's error, or hides the banner when there is none.
    void showState(const PollState& state, const QDateTime& now);
    Action action() const { return m_action; }
    QString text() const;
    QString detailsText() const;

    static QString headline(const ApiError& error, const PollState& state, const QDateTime& now);

signals:
    void actionRequested(StatusBanner::Action action);

private:
    void refresh();
    void setSeverity(bool transient);

    QLabel* m_message;
    QPushButton* m_actionButton;
    QToolButton* m_detailsButton;
    QLabel* m_details;
    QTimer* m_countdown;
    PollState m_state;
    qint64 m_offsetMs = 0; // clock time minus wall time, so countdowns follow the app's clock
    Action m_action = Action::None;
};
