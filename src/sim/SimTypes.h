#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>

// Everything the simulator knows up front, before the first event runs.
struct SimConfig
{
    quint64 seed = 1;
    int teams = 4;
    int agentsPerTeam = 12;
    // Simulated seconds per second of clock time.
    double speed = 1.0;
    // The simulation always starts at midnight of a Monday and runs up to this
    // time of day before it serves, so the first request already sees a
    // working day in progress rather than empty inboxes.
    QTime startTimeOfDay = QTime(10, 30);
    // A workspace without the real-time monitoring feature answers 403 on
    // every metrics request.
    bool realtimeMonitoring = true;
    QStringList restrictedTeamIds;
};

enum class SimDistribution
{
    RoundRobin,
    LoadBalanced
};

struct SimTeam
{
    QString id; // numeric string
    QString name;
    SimDistribution distribution = SimDistribution::RoundRobin;
    int assignmentLimit = 0; // load-balanced teams only
    QList<int> members;      // indexes into SimWorkspace::admins()
    double peakPerHour = 0;  // conversations per hour at the busiest time of day
    bool metricsRestricted = false;
};

struct SimAdmin
{
    QString id; // numeric string
    QString name;
    QString email;
    QString jobTitle;
    QString culture;   // where the name comes from; never served, used to check variety
    QString avatarUrl; // empty = null
    QList<int> teams;  // indexes into SimWorkspace::teams()
    double pace = 1.0; // multiplies the time a reply takes; > 2 is clearly overloaded
};

struct SimAwayReason
{
    QString id; // numeric string, served as a string here and as an integer on admins
    QString label;
    QString emoji;
    int order = 0;
    bool deleted = false;
    qint64 createdAt = 0; // Unix seconds
    qint64 updatedAt = 0;
};

struct SimAppInfo
{
    QString idCode;
    QString name;
    QString region;
    QString timezone;
    qint64 createdAt = 0;
};

struct SimMetric
{
    QString adminId;
    int open = 0;
    int idle = 0;
    int snoozed = 0;
};

// Reported just before a conversation is handed to a teammate, while the
// workspace still shows the state the assignment rule looked at.
struct SimAssignment
{
    QString teamId;
    QString adminId;
    qint64 simulatedMsecs = 0;
};

struct SimStats
{
    qint64 conversationsCreated = 0;
    qint64 conversationsClosed = 0;
    qint64 eventsProcessed = 0;
    int open = 0;
    int snoozed = 0;
    int unassigned = 0; // waiting in a team inbox for capacity
};

using SimAssignmentObserver = std::function<void(const SimAssignment&)>;
