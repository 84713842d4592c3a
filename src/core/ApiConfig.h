#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

#include <chrono>

// Where and how to talk to Intercom. Built from settings and the command
// line; validated before any connection is made.
struct ApiConfig
{
    static constexpr int kDefaultIdleThreshold = 1800;
    static constexpr int kMinIdleThreshold = 1;
    static constexpr int kMaxIdleThreshold = 86400;
    static inline const QString kDefaultVersion = QStringLiteral("2.16");

    QUrl baseUrl;
    QString apiVersion = kDefaultVersion;
    std::chrono::milliseconds transferTimeout{15000}; // no bytes for this long
    std::chrono::milliseconds deadline{30000};        // whole request
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    // The directory (/admins, /teams, /away_status_reasons) comes in one
    // body for the whole workspace: 100,000 teammates are about 26 MiB.
    qint64 maxDirectoryBodyBytes = 64 * 1024 * 1024;

    // "us", "eu", "au" (any case) -> the regional API host.
    static Result<QUrl> baseUrlForRegion(const QString& region);
    // A custom base URL must be https, or http to a loopback address.
    static Result<QUrl> validateBaseUrl(const QString& url);
    static bool isLoopbackHost(const QString& host);
    static int clampIdleThreshold(qint64 seconds);

    // The variable headless set-ups put the access token in.
    static constexpr const char* kTokenVariable = "FLOORWATCH_ACCESS_TOKEN";
    // Empty when `token` can travel in an Authorization header (visible
    // ASCII only, bounded length), else why not. Never quotes the token.
    static QString tokenProblem(const QString& token);
    // Empty when `version` can travel in the Intercom-Version header.
    static QString versionProblem(const QString& version);
    // FLOORWATCH_ACCESS_TOKEN, trimmed (empty when unset); an error that
    // names the variable, never its value, when it cannot be used.
    static Result<QString> environmentToken();
};
