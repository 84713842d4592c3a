#pragma once

#include "OutputFormat.h"

#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

enum class ReportFormat
{
    Pdf,
    Csv
};

// What the user asked for on the command line. The token is deliberately
// not here: it never travels on a command line.
struct AppOptions
{
    // Values that are settings too (interval, threshold, region, ...) are
    // kept as given: EffectiveConfig checks them against the settings table,
    // so their ranges are written once.
    bool demo = false;
    std::optional<OutputFormat::Format> print; // headless: fetch once, print, exit
    QString teamId;                            // the last --team (the window shows one team)
    QStringList teamIds; // every --team, in order, without repeats (the kiosk rotates)
    std::optional<qint64> idleThreshold;
    std::optional<qint64> intervalSeconds;
    QString screenshotFile; // write a PNG once data is drawn, then exit
    QSize windowSize;
    std::optional<QString> theme;
    QString language; // --lang: de, en, es, fr, ja, pt_BR or system; empty: settings, then system
    std::optional<QString> region;
    std::optional<QString> apiBaseUrl; // overrides the region
    std::optional<QString> apiVersion;

    // Wall display and deployment.
    bool kiosk = false;
    std::optional<qint64> screen;        // 0-based index into the screens
    std::optional<qint64> rotateSeconds; // seconds each team stays on screen
    QString configFile;                  // an INI file deployed by IT
    bool dumpConfig = false;             // print the effective configuration and exit
    bool signIn = false; // read a token from stdin, check it, keep it in the keychain

    // Headless: print a team's kept history (csv or json) and exit.
    std::optional<OutputFormat::Format> history;
    QDateTime from;                    // invalid: the start of today
    QDateTime to;                      // invalid: now
    std::optional<qint64> stepSeconds; // one row per teammate per step; else every change

    // Headless: write a team's shift report for one day to a file and exit.
    std::optional<ReportFormat> report;
    QDate date;         // the local day; invalid: today
    QString outputFile; // never overwritten
};
