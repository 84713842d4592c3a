#include "SimEngine.h"

#include "SimNames.h"
#include "SimRandom.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Share of the peak arrival rate over a working day, in hours; a dip at
// lunch and a long quiet night, as support inboxes look.
struct RatePoint
{
    double hour;
    double factor;
};
constexpr RatePoint kDayProfile[] = {
    {0.0, 0.08},  {6.0, 0.10},  {8.0, 0.55},  {9.5, 1.00},  {12.0, 0.95}, {13.0, 0.80},
    {14.0, 0.95}, {16.5, 0.85}, {18.0, 0.45}, {20.0, 0.25}, {24.0, 0.08},
};
constexpr double kWeekendFactor = 0.4;

// What happens after a teammate replies, as shares of all replies.
constexpr double kCloseAfterFirstReply = 0.10;
constexpr double kCloseAfterLaterReply = 0.30;
constexpr double kSnooze = 0.10;
constexpr double kCustomerAnswers = 0.45; // the rest: the customer goes quiet
constexpr double kPickOldest = 0.75;      // otherwise a teammate picks any waiting one
constexpr double kPutAside = 0.07;        // "let me look into this" after the first reply
constexpr qint64 kRebalanceEvery = 45 * kMinute;

qint64 minutes(double m)
{
    return qint64(std::llround(m * double(kMinute)));
}

using AwayKind = SimNames::AwayKind;

} // namespace

SimEngine::SimEngine(const QList<SimTeam>& teams, const QList<SimAdmin>& admins, quint64 seed,
                     int deletedReasonHolder)
    : m_teams(teams)
    , m_admins(admins)
    , m_deletedReasonHolder(deletedReasonHolder)
    , m_rng(SimRandom::generator(seed, 2))
{
    m_teammates.resize(admins.size());
    m_teamState.resize(teams.size());
    push(0, Kind::DayStart, 0);
    push(0, Kind::Backlog);
    for (int t = 0; t < teams.size(); ++t) {
        push(0, Kind::Arrival, t);
        push(kRebalanceEvery, Kind::Rebalance, t);
    }
}

void SimEngine::push(qint64 at, Kind kind, int who, int extra, qint64 conversation,
                     quint32 generation)
{
    m_queue.push(Event{std::max(at, m_now), m_seq++, kind, who, extra, conversation, generation});
}

void SimEngine::advanceTo(qint64 simMsecs)
{
    while (!m_queue.empty() && m_queue.top().at <= simMsecs) {
        const Event e = m_queue.top();
        m_queue.pop();
        m_now = e.at;
        ++m_processed;
        process(e);
    }
    m_now = std::max(m_now, simMsecs);
}

void SimEngine::process(const Event& e)
{
    switch (e.kind) {
    case Kind::DayStart:
        startDay(e.who);
        break;
    case Kind::Backlog:
        seedBacklog();
        break;
    case Kind::Arrival:
        arrival(e.who);
        break;
    case Kind::AwayStart: {
        Teammate& a = m_teammates[e.who];
        if (!a.allDay) {
            a.away = true;
            a.reason = e.extra;
        }
        break;
    }
    case Kind::AwayEnd: {
        Teammate& a = m_teammates[e.who];
        if (!a.allDay && a.away) {
            a.away = false;
            a.reason = -1;
            kick(e.who);
            for (int team : m_admins.at(e.who).teams)
                drainInbox(team);
        }
        break;
    }
    case Kind::TeammateReady:
        teammateReady(e.who);
        break;
    case Kind::Rebalance:
        rebalance(e.who);
        push(m_now + kRebalanceEvery, Kind::Rebalance, e.who);
        break;
    case Kind::ReplyDone:
        replyDone(e.who, e.conversation);
        break;
    case Kind::CustomerReply:
    case Kind::SnoozeWake:
    case Kind::Close: {
        const auto it = m_conversations.constFind(e.conversation);
        if (it == m_conversations.cend() || it->generation != e.generation)
            break; // overtaken by something else that happened to it
        if (e.kind == Kind::CustomerReply)
            customerReply(e.conversation);
        else if (e.kind == Kind::SnoozeWake)
            snoozeWake(e.conversation);
        else
            close(e.conversation);
        break;
    }
    }
}

double SimEngine::arrivalFactor(qint64 at) const
{
    const qint64 day = at / kDay;
    const double hour = double(at % kDay) / double(kHour);
    double factor = kDayProfile[0].factor;
    for (std::size_t i = 1; i < std::size(kDayProfile); ++i) {
        const RatePoint& a = kDayProfile[i - 1];
        const RatePoint& b = kDayProfile[i];
        if (hour <= b.hour) {
            factor = a.factor + (b.factor - a.factor) * (hour - a.hour) / (b.hour - a.hour);
            break;
        }
    }
    const bool weekend = day % 7 >= 5; // day 0 is a Monday
    return weekend ? factor * kWeekendFactor : factor;
}

void SimEngine::startDay(int day)
{
    const qint64 dayStart = qint64(day) * kDay;
    push(dayStart + kDay, Kind::DayStart, day + 1);
    for (int i = 0; i < m_teammates.size(); ++i) {
        Teammate& a = m_teammates[i];
        a.allDay = false;
        if (i == m_deletedReasonHolder) {
            // Set before the reason was retired and never changed since.
            a.allDay = true;
            a.reason = kDeletedReason;
        } else if (SimRandom::chance(m_rng, 0.06)) {
            a.allDay = true;
            a.reason = int(SimRandom::chance(m_rng, 0.7) ? AwayKind::Holiday : AwayKind::Sick);
        }
        a.away = a.allDay;
        a.reassign = a.allDay;
        if (!a.allDay) {
            a.reason = -1;
            planAbsences(i, dayStart);
        }
    }
    for (int i = 0; i < m_teammates.size(); ++i)
        kick(i);
    for (int t = 0; t < m_teams.size(); ++t)
        drainInbox(t);
}

void SimEngine::planAbsences(int admin, qint64 dayStart)
{
    struct Slot
    {
        qint64 from;
        qint64 to;
        AwayKind kind;
    };
    QList<Slot> planned;
    auto add = [&](double fromHour, double toHour, double lengthMinutes, AwayKind kind) {
        const qint64 from = dayStart + minutes(SimRandom::uniform(m_rng, fromHour, toHour) * 60);
        const Slot s{from, from + minutes(lengthMinutes), kind};
        for (const Slot& other : std::as_const(planned)) {
            if (s.from < other.to + 5 * kMinute && other.from < s.to + 5 * kMinute)
                return; // a teammate is in one place at a time
        }
        planned.append(s);
    };
    add(9.75, 11.25, SimRandom::uniform(m_rng, 10, 20), AwayKind::Break);
    add(11.75, 13.75, SimRandom::uniform(m_rng, 30, 60), AwayKind::Lunch);
    add(15.0, 16.25, SimRandom::uniform(m_rng, 10, 20), AwayKind::Break);
    if (SimRandom::chance(m_rng, 0.35))
        add(9.0, 16.5, SimRandom::chance(m_rng, 0.5) ? 30 : 60, AwayKind::Meeting);
    if (SimRandom::chance(m_rng, 0.05))
        add(9.0, 14.0, 120, AwayKind::Training);
    for (const Slot& s : std::as_const(planned)) {
        push(s.from, Kind::AwayStart, admin, int(s.kind));
        push(s.to, Kind::AwayEnd, admin);
    }
}

void SimEngine::seedBacklog()
{
    // What was left from yesterday: snoozed conversations that wake during
    // the day, and open ones waiting for the customer to come back.
    for (int i = 0; i < m_teammates.size(); ++i) {
        if (m_teammates.at(i).allDay)
            continue;
        const int team = m_admins.at(i).teams.constFirst();
        // New hires carry more over, and their customers wrote back early:
        // they start the day behind, as the slow ones do.
        const bool behind = m_admins.at(i).pace > 2;
        const int snoozed = int(m_rng.bounded(3));
        const int waiting = int(m_rng.bounded(3)) + (behind ? 5 : 0);
        for (int k = 0; k < snoozed + waiting; ++k) {
            const qint64 id = m_nextConversation++;
            Conversation c;
            c.team = team;
            c.admin = i;
            c.teammateReplies = 1;
            c.snoozed = k < snoozed;
            ++m_created;
            if (c.snoozed) {
                push(minutes(SimRandom::uniform(m_rng, 7 * 60, 16 * 60)), Kind::SnoozeWake, -1, -1,
                     id, c.generation);
            } else if (behind || SimRandom::chance(m_rng, 0.5)) {
                push(minutes(SimRandom::uniform(m_rng, 7.5 * 60, behind ? 9.5 * 60 : 11 * 60)),
                     Kind::CustomerReply, -1, -1, id, c.generation);
            } else {
                push(minutes(SimRandom::uniform(m_rng, 8 * 60, 12 * 60)), Kind::Close, -1, -1, id,
                     c.generation);
            }
            m_conversations.insert(id, c);
            m_teammates[i].conversations.append(id);
        }
    }
}

void SimEngine::arrival(int team)
{
    // A Poisson process whose rate follows the day: candidates come at the
    // peak rate and each is kept with the share of the peak that applies now.
    const double peak = std::max(0.1, m_teams.at(team).peakPerHour);
    if (m_rng.generateDouble() < arrivalFactor(m_now)) {
        const qint64 id = m_nextConversation++;
        Conversation c;
        c.team = team;
        c.waitingSince = m_now;
        m_conversations.insert(id, c);
        ++m_created;
        if (!tryAssign(id))
            m_teamState[team].inbox.push_back(id);
    }
    const double gapMinutes = SimRandom::exponential(m_rng, 60.0 / peak);
    push(m_now + std::max<qint64>(1, minutes(gapMinutes)), Kind::Arrival, team);
}

bool SimEngine::tryAssign(qint64 id)
{
    Conversation& c = m_conversations[id];
    const SimTeam& team = m_teams.at(c.team);
    TeamState& state = m_teamState[c.team];
    const int n = int(team.members.size());
    if (n == 0)
        return false;

    // Walk the team from the round-robin cursor; load balancing takes the
    // least loaded teammate under the limit, ties going to the cursor order.
    int chosen = -1;
    int chosenSlot = -1;
    int chosenOpen = std::numeric_limits<int>::max();
    for (int step = 0; step < n; ++step) {
        const int slot = (state.cursor + step) % n;
        const int admin = team.members.at(slot);
        if (m_teammates.at(admin).away)
            continue;
        if (team.distribution == SimDistribution::RoundRobin) {
            chosen = admin;
            chosenSlot = slot;
            break;
        }
        const int open = openInTeam(admin, c.team);
        if (open < team.assignmentLimit && open < chosenOpen) {
            chosen = admin;
            chosenSlot = slot;
            chosenOpen = open;
        }
    }
    if (chosen < 0)
        return false;

    if (m_observer)
        m_observer(SimAssignment{team.id, m_admins.at(chosen).id, m_now});
    state.cursor = (chosenSlot + 1) % n;
    c.admin = chosen;
    m_teammates[chosen].conversations.append(id);
    kick(chosen);
    return true;
}

void SimEngine::drainInbox(int team)
{
    auto& inbox = m_teamState[team].inbox;
    while (!inbox.empty() && tryAssign(inbox.front()))
        inbox.pop_front();
}

void SimEngine::kick(int admin)
{
    const Teammate& a = m_teammates.at(admin);
    if (!a.away && !a.busy && !a.readyPending)
        readyAt(admin, m_now);
}

void SimEngine::readyAt(int admin, qint64 at)
{
    m_teammates[admin].readyPending = true;
    push(at, Kind::TeammateReady, admin);
}

void SimEngine::teammateReady(int admin)
{
    Teammate& a = m_teammates[admin];
    a.readyPending = false;
    if (a.away || a.busy)
        return;

    QList<qint64> waiting;
    qint64 nextPutAside = std::numeric_limits<qint64>::max();
    qint64 oldest = -1;
    for (const qint64 id : std::as_const(a.conversations)) {
        const Conversation& c = m_conversations[id];
        if (c.snoozed || c.waitingSince < 0)
            continue;
        if (c.deferredUntil > m_now) {
            nextPutAside = std::min(nextPutAside, c.deferredUntil);
            continue;
        }
        waiting.append(id);
        if (oldest < 0 || c.waitingSince < m_conversations[oldest].waitingSince)
            oldest = id;
    }
    if (waiting.isEmpty()) {
        if (nextPutAside != std::numeric_limits<qint64>::max())
            readyAt(admin, nextPutAside);
        return;
    }

    const qint64 id = SimRandom::chance(m_rng, kPickOldest)
                          ? oldest
                          : waiting.at(qsizetype(m_rng.bounded(quint32(waiting.size()))));
    Conversation& c = m_conversations[id];
    if (c.teammateReplies > 0 && SimRandom::chance(m_rng, kPutAside)) {
        c.deferredUntil = m_now + minutes(SimRandom::uniform(m_rng, 20, 100));
        readyAt(admin, m_now);
        return;
    }
    a.busy = true;
    const double handling = m_admins.at(admin).pace * (0.75 + SimRandom::exponential(m_rng, 3.2));
    push(m_now + minutes(handling), Kind::ReplyDone, admin, -1, id);
}

void SimEngine::replyDone(int admin, qint64 id)
{
    m_teammates[admin].busy = false;
    const auto it = m_conversations.find(id);
    if (it != m_conversations.end() && it->admin == admin && !it->snoozed && it->waitingSince >= 0)
        reply(id, *it);
    if (!m_teammates.at(admin).readyPending)
        readyAt(admin, m_now + qint64(m_rng.bounded(60)) * kSecond);
}

void SimEngine::reply(qint64 id, Conversation& c)
{
    c.waitingSince = -1;
    c.deferredUntil = 0;
    ++c.teammateReplies;
    ++c.generation;
    double r = m_rng.generateDouble();
    const double closeShare =
        c.teammateReplies == 1 ? kCloseAfterFirstReply : kCloseAfterLaterReply;
    if (r < closeShare) {
        close(id);
        return;
    }
    r -= closeShare;
    if (r < kSnooze) {
        c.snoozed = true;
        const qint64 wake = m_now + minutes(SimRandom::uniform(m_rng, 20, 240));
        if (SimRandom::chance(m_rng, 0.2)) {
            const qint64 answer =
                m_now + minutes(SimRandom::uniform(m_rng, 5, double(wake - m_now) / kMinute));
            push(answer, Kind::CustomerReply, -1, -1, id, c.generation);
        } else {
            push(wake, Kind::SnoozeWake, -1, -1, id, c.generation);
        }
        drainInbox(c.team); // snoozed conversations free a load-balanced slot
        return;
    }
    r -= kSnooze;
    if (r < kCustomerAnswers)
        push(m_now + 30 * kSecond + minutes(SimRandom::exponential(m_rng, 6)), Kind::CustomerReply,
             -1, -1, id, c.generation);
    else
        push(m_now + minutes(SimRandom::uniform(m_rng, 20, 90)), Kind::Close, -1, -1, id,
             c.generation);
}

void SimEngine::customerReply(qint64 id)
{
    Conversation& c = m_conversations[id];
    ++c.generation;
    c.snoozed = false;
    if (c.waitingSince < 0)
        c.waitingSince = m_now;
    if (c.admin >= 0)
        kick(c.admin);
}

void SimEngine::snoozeWake(qint64 id)
{
    Conversation& c = m_conversations[id];
    ++c.generation;
    c.snoozed = false;
    // Back in the inbox with the teammate's note last; the customer may pick
    // it up again, or the teammate closes it after a follow-up.
    if (SimRandom::chance(m_rng, 0.5))
        push(m_now + kMinute + minutes(SimRandom::exponential(m_rng, 15)), Kind::CustomerReply, -1,
             -1, id, c.generation);
    else
        push(m_now + minutes(SimRandom::uniform(m_rng, 10, 60)), Kind::Close, -1, -1, id,
             c.generation);
}

void SimEngine::close(qint64 id)
{
    const Conversation c = m_conversations.take(id);
    if (c.admin >= 0)
        m_teammates[c.admin].conversations.removeOne(id);
    ++m_closed;
    if (m_teams.at(c.team).distribution == SimDistribution::LoadBalanced)
        drainInbox(c.team);
}

void SimEngine::rebalance(int team)
{
    // Round robin hands out work evenly whatever the pace of the teammate, so
    // now and then the team lead moves waiting conversations from whoever is
    // drowning to whoever has room. Overload stays visible, but bounded.
    const SimTeam& t = m_teams.at(team);
    if (t.distribution != SimDistribution::RoundRobin || t.members.size() < 2)
        return;
    QList<int> open;
    for (const int admin : t.members)
        open.append(openInTeam(admin, team));
    QList<int> sorted = open;
    std::sort(sorted.begin(), sorted.end());
    const int median = sorted.at(sorted.size() / 2);
    const int ceiling = std::max(12, int(std::lround(2.2 * median)));

    for (int moves = 0; moves < 20; ++moves) {
        const auto heaviest = std::max_element(open.cbegin(), open.cend()) - open.cbegin();
        qsizetype lightest = -1;
        for (qsizetype i = 0; i < open.size(); ++i) {
            if (!m_teammates.at(t.members.at(i)).away &&
                (lightest < 0 || open.at(i) < open.at(lightest)))
                lightest = i;
        }
        if (open.at(heaviest) <= ceiling || lightest < 0 ||
            open.at(lightest) + 2 >= open.at(heaviest))
            return;
        const int from = t.members.at(heaviest);
        const int to = t.members.at(lightest);
        qint64 oldest = -1;
        for (const qint64 id : std::as_const(m_teammates.at(from).conversations)) {
            const Conversation& c = m_conversations[id];
            if (c.team == team && !c.snoozed && c.waitingSince >= 0 &&
                (oldest < 0 || c.waitingSince < m_conversations[oldest].waitingSince))
                oldest = id;
        }
        if (oldest < 0)
            return;
        if (m_observer)
            m_observer(SimAssignment{t.id, m_admins.at(to).id, m_now});
        m_teammates[from].conversations.removeOne(oldest);
        Conversation& c = m_conversations[oldest];
        c.admin = to;
        c.deferredUntil = 0;
        m_teammates[to].conversations.append(oldest);
        kick(to);
        --open[heaviest];
        ++open[lightest];
    }
}

int SimEngine::openInTeam(int admin, int team) const
{
    int open = 0;
    for (const qint64 id : m_teammates.at(admin).conversations) {
        const Conversation& c = m_conversations[id];
        if (c.team == team && !c.snoozed)
            ++open;
    }
    return open;
}

SimMetric SimEngine::metric(int team, int admin, qint64 idleThresholdMsecs) const
{
    SimMetric m;
    m.adminId = m_admins.at(admin).id;
    for (const qint64 id : m_teammates.at(admin).conversations) {
        const Conversation& c = m_conversations[id];
        if (c.team != team)
            continue;
        if (c.snoozed) {
            ++m.snoozed;
            continue;
        }
        ++m.open;
        if (c.waitingSince >= 0 && m_now - c.waitingSince > idleThresholdMsecs)
            ++m.idle;
    }
    return m;
}

SimStats SimEngine::stats() const
{
    SimStats s;
    s.conversationsCreated = m_created;
    s.conversationsClosed = m_closed;
    s.eventsProcessed = m_processed;
    for (const Conversation& c : m_conversations) {
        if (c.admin < 0)
            ++s.unassigned;
        else if (c.snoozed)
            ++s.snoozed;
        else
            ++s.open;
    }
    return s;
}
