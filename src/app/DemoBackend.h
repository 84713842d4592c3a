#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>

#include <memory>

class Clock;
class SimServer;
class SimWorkspace;

// `--demo`: the simulated workspace, served in-process on a free loopback
// port with a random token, so the demo runs the real client path.
class DemoBackend
{
public:
    static constexpr double kSpeed = 30.0; // change is visible within a minute

    explicit DemoBackend(Clock& clock);
    ~DemoBackend();

    Result<QUrl> start();
    QString token() const { return m_token; }
    QString firstTeamId() const;

private:
    std::unique_ptr<SimWorkspace> m_workspace;
    std::unique_ptr<SimServer> m_server;
    QString m_token;
};
