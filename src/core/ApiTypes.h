#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Value types for what Floorwatch reads from Intercom. Ids are kept as
// strings: the spec mixes string and integer ids for the same things.

struct Workspace
{
    QString idCode;
    QString name;
    QString region; // "US", "EU", "AU" as Intercom spells it
};

struct Me
{
    QString adminId;
    QString name;
    QString email;
    Workspace app;
};

struct Team
{
    QString id;
    QString name;
    QList<QString> adminIds;
    std::optional<int> assignmentLimit; // only load-balanced teams have one
    QString distributionMethod;
};

struct Admin
{
    QString id;
    QString name;
    QString email;
    QString jobTitle;
    bool away = false;
    std::optional<QString> awayReasonId;
    QList<QString> teamIds;
    QString avatarUrl;
};

struct AwayReason
{
    QString id;
    QString label;
    QString emoji;
    bool deleted = false;
};

struct TeamMetric
{
    QString adminId;
    int open = 0;
    int idle = 0;
    int snoozed = 0;

    friend bool operator==(const TeamMetric&, const TeamMetric&) = default;
};
