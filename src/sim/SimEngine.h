#pragma once

#include "SimTypes.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <deque>
#include <queue>
#include <vector>

// The discrete-event heart of the simulated workspace. Every change happens
// in an event at a simulated millisecond, in (time, sequence) order, and every
// random draw is made while processing an event; so the state at a moment
// does not depend on how often anyone looked at it, and a seed replays
// exactly. Closed conversations are dropped at once: memory stays flat over
// days of accelerated running.
class SimEngine
{
public:
    // Indexes of away reasons: the active kinds of SimNames::AwayKind, then
    // the deleted reason.
    static constexpr int kDeletedReason = 6;

    SimEngine(const QList<SimTeam>& teams, const QList<SimAdmin>& admins, quint64 seed,
              int deletedReasonHolder);

    void advanceTo(qint64 simMsecs);
    qint64 now() const { return m_now; }

    SimMetric metric(int team, int admin, qint64 idleThresholdMsecs) const;
    int openInTeam(int admin, int team) const;
    bool isAway(int admin) const { return m_teammates.at(admin).away; }
    int awayReason(int admin) const { return m_teammates.at(admin).reason; }
    bool awayReassign(int admin) const { return m_teammates.at(admin).reassign; }
    SimStats stats() const;

    void setAssignmentObserver(SimAssignmentObserver observer) { m_observer = std::move(observer); }

private:
    enum class Kind : quint8
    {
        DayStart,
        Backlog,
        Arrival,
        AwayStart,
        AwayEnd,
        TeammateReady,
        ReplyDone,
        CustomerReply,
        SnoozeWake,
        Close,
        Rebalance,
    };

    struct Event
    {
        qint64 at;
        quint64 seq;
        Kind kind;
        int who; // team, admin or away reason, by kind
        int extra;
        qint64 conversation;
        quint32 generation;
    };

    struct Later
    {
        bool operator()(const Event& a, const Event& b) const
        {
            return a.at != b.at ? a.at > b.at : a.seq > b.seq;
        }
    };

    struct Conversation
    {
        int team = 0;
        int admin = -1; // -1 while waiting in the team inbox
        bool snoozed = false;
        qint64 waitingSince = -1; // -1: the last reply is the teammate's
        qint64 deferredUntil = 0; // the teammate put it aside to look into it
        int teammateReplies = 0;
        // Bumped on every change of course, so that a conversation has at most
        // one live pending event and stale ones are skipped.
        quint32 generation = 0;
    };

    struct Teammate
    {
        bool away = false;
        int reason = -1;
        bool reassign = false;
        bool allDay = false;
        bool busy = false;
        bool readyPending = false;
        QList<qint64> conversations; // assigned, open or snoozed, in assignment order
    };

    struct TeamState
    {
        int cursor = 0;
        std::deque<qint64> inbox; // unassigned, oldest first
    };

    void push(qint64 at, Kind kind, int who = -1, int extra = -1, qint64 conversation = -1,
              quint32 generation = 0);
    void process(const Event& e);

    void startDay(int day);
    void planAbsences(int admin, qint64 dayStart);
    void seedBacklog();
    void arrival(int team);
    void teammateReady(int admin);
    void replyDone(int admin, qint64 id);
    void reply(qint64 id, Conversation& c);
    void customerReply(qint64 id);
    void snoozeWake(qint64 id);
    void close(qint64 id);
    void rebalance(int team);

    bool tryAssign(qint64 id);
    void drainInbox(int team);
    void kick(int admin);
    void readyAt(int admin, qint64 at);
    double arrivalFactor(qint64 at) const;

    const QList<SimTeam>& m_teams;
    const QList<SimAdmin>& m_admins;
    const int m_deletedReasonHolder;
    QRandomGenerator m_rng;

    qint64 m_now = 0;
    quint64 m_seq = 0;
    qint64 m_nextConversation = 1;
    std::priority_queue<Event, std::vector<Event>, Later> m_queue;
    QHash<qint64, Conversation> m_conversations;
    QList<Teammate> m_teammates;
    QList<TeamState> m_teamState;

    SimAssignmentObserver m_observer;
    qint64 m_created = 0;
    qint64 m_closed = 0;
    qint64 m_processed = 0;
};
