#pragma once

#include "SimFaults.h"
#include "SimTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The translation context of everything floorwatch-sim says to a person.
class SimApp
{
    Q_DECLARE_TR_FUNCTIONS(SimApp)
};

// Everything floorwatch-sim can be told on its command line.
struct SimAppOptions
{
    quint16 port = 0;
    QString token;
    SimConfig workspace;
    int rateLimitPerMinute = 10000;
    SimFaults faults;
    int rateLimitBurst = 0; // the first requests that get 429, once
};

// Parses the command line of the running QCoreApplication. On --help and
// --version it prints and exits, as QCommandLineParser does. Returns an
// empty string on success, or what was wrong, for a usage error.
QString parseSimAppOptions(const QStringList& arguments, SimAppOptions& options);
