#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <chrono>

// Which team a wall display shows: each for `period`, in order, while
// running. All time comes from the Clock.
class TeamRotation : public QObject
{
    Q_OBJECT

public:
    TeamRotation(Clock& clock, QStringList teams, std::chrono::seconds period,
                 QObject* parent = nullptr);
    ~TeamRotation() override;

    // (Re)starts the current team's turn; stop() holds the current team.
    void start();
    void stop();
    bool isRunning() const { return m_timer != 0; }

    const QStringList& teams() const { return m_teams; }
    int currentIndex() const { return m_index; }
    QString currentTeam() const { return m_teams.value(m_index); }
    bool rotates() const { return m_teams.size() > 1; }
    std::chrono::seconds period() const { return m_period; }
    // How much of the current team's turn has passed, 0 … 1.
    double progress() const;

signals:
    void currentTeamChanged(const QString& teamId);

private:
    void advance();

    Clock& m_clock;
    QStringList m_teams;
    std::chrono::seconds m_period;
    int m_index = 0;
    QDateTime m_startedAt;
    Clock::TimerId m_timer = 0;
};
