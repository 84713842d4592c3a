#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QUrlQuery>

// One category per module; the names are what users pass in QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // floorwatch.net
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // floorwatch.api
Q_DECLARE_LOGGING_CATEGORY(lcPoll)     // floorwatch.poll
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // floorwatch.store
Q_DECLARE_LOGGING_CATEGORY(lcApp)      // floorwatch.app
Q_DECLARE_LOGGING_CATEGORY(lcSim)      // floorwatch.sim
Q_DECLARE_LOGGING_CATEGORY(lcConfig)   // floorwatch.config: settings, config files
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)    // floorwatch.kiosk
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // floorwatch.keychain

namespace Logging {

// True for header names whose values must never reach a log line. Header
// names are compared case-insensitively: Qt 6.8 lowercases them.
bool isSecretHeader(const QByteArray& name);

// "Name: value" lines for a log, with secret values replaced.
QByteArray describeHeaders(const QList<QPair<QByteArray, QByteArray>>& headers);

// True for form field names whose values must never reach a log line: what
// obtains a token (an OAuth code, a client secret) is as secret as the token.
bool isSecretField(const QString& name);

// "name=value&..." for a log, with secret values replaced.
QString describeForm(const QUrlQuery& form);

} // namespace Logging
