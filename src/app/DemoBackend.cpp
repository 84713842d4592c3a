#include "DemoBackend.h"

#include "SimServer.h"
#include "SimWorkspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>

DemoBackend::DemoBackend(Clock& clock)
{
    SimConfig config;
    config.speed = kSpeed;
    m_workspace = std::make_unique<SimWorkspace>(config, clock);
    // A fresh secret per run: nothing else on this machine can use the demo.
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                          random.size() / 4);
    m_token = QString::fromLatin1(random.toHex());
    m_server = std::make_unique<SimServer>(*m_workspace, m_token);
}

DemoBackend::~DemoBackend() = default;

Result<QUrl> DemoBackend::start()
{
    if (m_server->listen(0) == 0)
        return ApiError(
            ApiError::Kind::BadConfiguration,
            QCoreApplication::translate("DemoBackend", "The demo workspace could not start: %1")
                .arg(m_server->errorString()));
    return m_server->baseUrl();
}

QString DemoBackend::firstTeamId() const
{
    return m_workspace->teams().isEmpty() ? QString() : m_workspace->teams().first().id;
}
