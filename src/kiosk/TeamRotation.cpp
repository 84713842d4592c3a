#include "TeamRotation.h"

#include <algorithm>

using namespace std::chrono;

TeamRotation::TeamRotation(Clock& clock, QStringList teams, seconds period, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_teams(std::move(teams))
    , m_period(period)
{}

TeamRotation::~TeamRotation()
{
    stop();
}

void TeamRotation::start()
{
    stop();
    if (!rotates())
        return;
    m_startedAt = m_clock.now();
    m_timer = m_clock.schedule(m_period, this, [this] {
        m_timer = 0;
        advance();
    });
}

void TeamRotation::stop()
{
    m_clock.cancel(m_timer);
    m_timer = 0;
    m_startedAt = QDateTime();
}

double TeamRotation::progress() const
{
    if (!m_timer || !m_startedAt.isValid())
        return 0.0;
    const double elapsed = double(m_startedAt.msecsTo(m_clock.now()));
    return std::clamp(elapsed / double(duration_cast<milliseconds>(m_period).count()), 0.0, 1.0);
}

void TeamRotation::advance()
{
    m_index = (m_index + 1) % int(m_teams.size());
    start();
    emit currentTeamChanged(currentTeam());
}
