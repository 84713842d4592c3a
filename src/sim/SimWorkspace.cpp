#include "SimWorkspace.h"

#include "Clock.h"
#include "Logging.h"
#include "SimEngine.h"
#include "SimNames.h"
#include "SimRandom.h"

#include <algorithm>
#include <cmath>

namespace {

// Teams are numbered from here, whatever the seed, so that an option such as
// --restricted-team can name one before the simulator has started.
constexpr int kFirstTeamId = 5017691;
constexpr double kPeakPerTeammatePerHour = 4.4;
const QString kDefaultAvatar =
    QStringLiteral("https://static.intercomassets.com/assets/default-avatars/admins/128.png");

QString randomCode(QRandomGenerator& rng, int length)
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    QString code;
    for (int i = 0; i < length; ++i)
        code += QChar(alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size())))));
    return code;
}

} // namespace

SimWorkspace::SimWorkspace(const SimConfig& config, Clock& clock)
    : m_config(config)
    , m_clock(clock)
    , m_clockStart(clock.now())
    , m_realtimeMonitoring(config.realtimeMonitoring)
{
    m_config.teams = std::max(1, m_config.teams);
    m_config.agentsPerTeam = std::max(1, m_config.agentsPerTeam);
    if (!(m_config.speed > 0))
        m_config.speed = 1.0;
    build();
    m_simStart = m_config.startTimeOfDay.isValid() ? m_config.startTimeOfDay.msecsSinceStartOfDay()
                                                   : QTime(10, 30).msecsSinceStartOfDay();
    m_engine = std::make_unique<SimEngine>(m_teams, m_admins, m_config.seed, m_deletedReasonHolder);
    m_engine->advanceTo(m_simStart);
    qCDebug(lcSim) << "warmed up:" << m_engine->stats().eventsProcessed << "events,"
                   << m_engine->stats().open << "open conversations";
}

SimWorkspace::~SimWorkspace() = default;

void SimWorkspace::build()
{
    QRandomGenerator rng = SimRandom::generator(m_config.seed, 1);

    const QStringList workspaceNames = SimNames::workspaceNames();
    m_app.name = workspaceNames.at(qsizetype(rng.bounded(quint32(workspaceNames.size()))));
    m_app.idCode = randomCode(rng, 8);
    m_app.region = QStringLiteral("US");
    m_app.timezone = QStringLiteral("America/New_York");
    m_app.createdAt = 1546300800 + qint64(rng.bounded(4 * 365 * 86400));
    const QString domain = SimNames::asciiFold(m_app.name) + QStringLiteral(".example");

    // Away reasons: the active ones in SimNames order, then the retired one,
    // which is the oldest (lowest id) and was deleted long ago.
    const QList<SimNames::AwayReasonText> reasonTexts = SimNames::awayReasons();
    Q_ASSERT(reasonTexts.size() == SimEngine::kDeletedReason);
    const SimNames::AwayReasonText retired = SimNames::deletedAwayReason();
    int reasonId = 10000 + int(rng.bounded(80000));
    const SimAwayReason retiredReason{
        QString::number(reasonId),    retired.label, retired.emoji,
        int(reasonTexts.size()) + 1,  true,          m_app.createdAt + 86400 * 30,
        m_app.createdAt + 86400 * 400};
    for (int i = 0; i < reasonTexts.size(); ++i) {
        reasonId += 1 + int(rng.bounded(40));
        const qint64 created = m_app.createdAt + 86400 * (60 + 7 * i);
        m_reasons.append({QString::number(reasonId), reasonTexts.at(i).label,
                          reasonTexts.at(i).emoji, i + 1, false, created, created});
    }
    m_reasons.append(retiredReason);

    // Teams, in a shuffled order of themes.
    QList<SimNames::TeamTheme> themes = SimNames::teamThemes();
    SimRandom::shuffle(themes, rng);
    for (int t = 0; t < m_config.teams; ++t) {
        SimTeam team;
        team.id = QString::number(kFirstTeamId + t);
        const int round = t / int(themes.size());
        team.name = themes.at(t % themes.size()).name;
        if (round > 0)
            team.name += QLatin1Char(' ') + QString::number(round + 1);
        // One of each method whenever there are two teams or more.
        const bool balanced = t == 1 || (t > 1 && SimRandom::chance(rng, 0.5));
        team.distribution = balanced ? SimDistribution::LoadBalanced : SimDistribution::RoundRobin;
        if (balanced)
            team.assignmentLimit = 8 + int(rng.bounded(6));
        team.metricsRestricted = m_config.restrictedTeamIds.contains(team.id);
        m_teams.append(team);
    }

    SimNames::NameGenerator names(rng);
    QSet<QString> emails;
    auto makeAdmin = [&](const QString& title) {
        const SimNames::PersonName person = names.next();
        SimAdmin admin;
        admin.name = person.full();
        admin.culture = person.culture;
        admin.jobTitle = title;
        const QString local =
            SimNames::asciiFold(person.first) + QLatin1Char('.') + SimNames::asciiFold(person.last);
        QString email = local + QLatin1Char('@') + domain;
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + domain;
        emails.insert(email);
        admin.email = email;
        return admin;
    };

    qint64 adminId = 4000000 + qint64(rng.bounded(5000000));
    auto nextAdminId = [&] {
        adminId += 1 + qint64(rng.bounded(60));
        return QString::number(adminId);
    };

    m_supervisor = makeAdmin(SimNames::supervisorTitle());
    m_supervisor.id = nextAdminId();
    m_supervisor.avatarUrl = kDefaultAvatar;

    for (int t = 0; t < m_teams.size(); ++t) {
        SimTeam& team = m_teams[t];
        const SimNames::TeamTheme& theme = themes.at(t % themes.size());
        const int n = m_config.agentsPerTeam;
        // One or two per team take far longer per reply: new hires who are
        // still learning. They are the clearly overloaded ones.
        QList<int> slow;
        if (n >= 4) {
            slow.append(1 + int(rng.bounded(quint32(n - 1))));
            if (n >= 16)
                slow.append(1 + int(rng.bounded(quint32(n - 1))));
        }
        for (int m = 0; m < n; ++m) {
            QString title = theme.title;
            double pace = SimRandom::uniform(rng, 0.75, 1.25);
            if (m == 0) {
                title = SimNames::leadTitle();
                pace = SimRandom::uniform(rng, 1.1, 1.4); // leads also coach and escalate
            } else if (slow.contains(m)) {
                title = theme.juniorTitle;
                pace = SimRandom::uniform(rng, 2.6, 3.4);
            } else if (SimRandom::chance(rng, 0.25)) {
                title = theme.seniorTitle;
                pace = SimRandom::uniform(rng, 0.7, 1.0);
            }
            SimAdmin admin = makeAdmin(title);
            admin.id = nextAdminId();
            admin.pace = pace;
            admin.teams = {t};
            if (SimRandom::chance(rng, 0.55))
                admin.avatarUrl = kDefaultAvatar;
            team.members.append(int(m_admins.size()));
            m_admins.append(admin);
        }
    }

    // Someone from the first team also covers the second, as happens when a
    // team is short-staffed: the same admin id appears in two teams.
    if (m_teams.size() >= 2 && m_teams.at(0).members.size() >= 3) {
        const int floater = m_teams.at(0).members.at(2);
        m_admins[floater].teams.append(1);
        m_teams[1].members.append(floater);
    }

    for (SimTeam& team : m_teams) {
        team.peakPerHour = double(team.members.size()) * kPeakPerTeammatePerHour *
                           SimRandom::uniform(rng, 0.85, 1.15);
    }

    // The teammate still showing the retired away reason: not a lead, not a
    // new hire, not the one covering two teams.
    QList<int> candidates;
    for (int i = 0; i < m_admins.size(); ++i) {
        const SimAdmin& a = m_admins.at(i);
        if (a.teams.size() == 1 && a.jobTitle != SimNames::leadTitle() && a.pace < 2.0)
            candidates.append(i);
    }
    if (!candidates.isEmpty())
        m_deletedReasonHolder = candidates.at(qsizetype(rng.bounded(quint32(candidates.size()))));
}

qint64 SimWorkspace::simulatedMsecs() const
{
    return m_engine->now();
}

int SimWorkspace::simulatedDay() const
{
    return int(simulatedMsecs() / (24 * 3600 * 1000));
}

QTime SimWorkspace::simulatedTimeOfDay() const
{
    return QTime::fromMSecsSinceStartOfDay(int(simulatedMsecs() % (24 * 3600 * 1000)));
}

void SimWorkspace::sync()
{
    const qint64 elapsed = m_clockStart.msecsTo(m_clock.now());
    const qint64 target = m_simStart + qint64(std::llround(m_config.speed * double(elapsed)));
    // A clock set backwards leaves the simulation where it is.
    m_engine->advanceTo(std::max(target, m_engine->now()));
}

const SimTeam* SimWorkspace::team(const QString& id) const
{
    for (const SimTeam& t : m_teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int SimWorkspace::adminIndex(const QString& id) const
{
    for (int i = 0; i < m_admins.size(); ++i) {
        if (m_admins.at(i).id == id)
            return i;
    }
    return -1;
}

bool SimWorkspace::isAway(int admin) const
{
    return m_engine->isAway(admin);
}

bool SimWorkspace::awayReassign(int admin) const
{
    return m_engine->awayReassign(admin);
}

int SimWorkspace::awayReasonIndex(int admin) const
{
    return m_engine->isAway(admin) ? m_engine->awayReason(admin) : -1;
}

bool SimWorkspace::isAway(const QString& adminId) const
{
    const int i = adminIndex(adminId);
    return i >= 0 && isAway(i);
}

int SimWorkspace::clampIdleThreshold(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, 1, 86400));
}

QList<SimMetric> SimWorkspace::teamMetrics(const QString& teamId, int idleThresholdSeconds) const
{
    QList<SimMetric> out;
    const SimTeam* t = team(teamId);
    if (!t)
        return out;
    const int teamIndex = int(t - m_teams.constData());
    const qint64 threshold = qint64(clampIdleThreshold(idleThresholdSeconds)) * 1000;
    out.reserve(t->members.size());
    for (const int admin : t->members)
        out.append(m_engine->metric(teamIndex, admin, threshold));
    return out;
}

int SimWorkspace::openCount(const QString& teamId, const QString& adminId) const
{
    const SimTeam* t = team(teamId);
    const int admin = adminIndex(adminId);
    if (!t || admin < 0)
        return 0;
    return m_engine->openInTeam(admin, int(t - m_teams.constData()));
}

bool SimWorkspace::metricsRestricted(const QString& teamId) const
{
    const SimTeam* t = team(teamId);
    return !m_realtimeMonitoring || (t && t->metricsRestricted);
}

void SimWorkspace::setMetricsRestricted(const QString& teamId, bool restricted)
{
    for (SimTeam& t : m_teams) {
        if (t.id == teamId)
            t.metricsRestricted = restricted;
    }
}

void SimWorkspace::setAssignmentObserver(SimAssignmentObserver observer)
{
    m_engine->setAssignmentObserver(std::move(observer));
}

SimStats SimWorkspace::stats() const
{
    return m_engine->stats();
}
