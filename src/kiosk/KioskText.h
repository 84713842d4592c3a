#pragma once

#include "ApiError.h"
#include "Poller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <chrono>

enum class KioskTone
{
    Calm,
    Warning,
    Critical
};

// The freshness line under "as of": calm when polls arrive, a warning with
// a countdown when the display is reconnecting or paused.
struct KioskStatus
{
    QString text;
    KioskTone tone = KioskTone::Calm;
    bool dimmed = false; // the numbers on screen are not current
};

// A full page of words: what is wrong and what to do about it.
struct KioskMessage
{
    QString glyph;
    QString title;
    QStringList lines;
    QString command; // shown on its own line, in a monospaced font
    QStringList after;
    QString footnote;
    KioskTone tone = KioskTone::Calm;
};

// Every sentence the wall display shows, in one place.
class KioskText
{
    Q_DECLARE_TR_FUNCTIONS(KioskText)

public:
    static KioskStatus status(const PollState& state, const QDateTime& fetchedAt,
                              const QDateTime& now, std::chrono::seconds interval,
                              const QTimeZone& zone);

    // 403, 404, 400 and configuration errors of one team.
    static KioskMessage teamProblem(const QString& teamId, const QString& teamName,
                                    const ApiError& error, const QString& configFile,
                                    std::chrono::minutes retry);
    static KioskMessage waiting(const QString& teamName);

    enum class AuthReason
    {
        NoToken,
        Refused
    };
    struct AuthContext
    {
        AuthReason reason = AuthReason::Refused;
        QString configFile;
        QString workspace;
        QString host;
        QString user;
        QDateTime lastCheck;
        std::chrono::seconds checkEvery{30};
        // The token comes from FLOORWATCH_ACCESS_TOKEN, tried again this often.
        bool environmentToken = false;
        std::chrono::minutes environmentRetry{10};
    };
    static KioskMessage reauthorise(const AuthContext& context, const QTimeZone& zone);
    static KioskMessage noTeams(const QString& configFile);
    static QString resumesAt(const QDateTime& at, const QDateTime& now, const QTimeZone& zone);
};
