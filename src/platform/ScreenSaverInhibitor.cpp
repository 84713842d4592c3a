#include "ScreenSaverInhibitor.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

ScreenSaverInhibitor::ScreenSaverInhibitor(const QString& reason, QDBusConnection bus,
                                           QObject* parent)
    : DisplayAwake(parent)
    , m_bus(std::move(bus))
    , m_reason(reason)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(60000);
    m_retry->setTimerType(Qt::VeryCoarseTimer);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (keepAwake() && m_cookie == 0)
            inhibit();
    });
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    // The service also drops inhibitions of a peer that leaves the bus; this
    // is for a controlled shutdown with the bus still there.
    if (m_cookie != 0)
        uninhibit();
}

void ScreenSaverInhibitor::setRetryInterval(int milliseconds)
{
    m_retry->setInterval(milliseconds);
}

void ScreenSaverInhibitor::apply(bool on)
{
    if (on) {
        if (m_cookie == 0 && !m_pending)
            inhibit();
        return;
    }
    m_retry->stop();
    if (m_cookie != 0)
        uninhibit();
    // A pending Inhibit is released as soon as its answer arrives.
}

void ScreenSaverInhibitor::inhibit()
{
    if (!m_bus.isConnected()) {
        ++m_failures;
        if (!m_reportedMissing)
            qCInfo(lcKiosk) << "no session bus: the display may blank during active hours";
        m_reportedMissing = true;
        m_retry->start();
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << m_reason;
    m_pending = true;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        m_pending = false;
        const QDBusPendingReply<quint32> reply = *w;
        if (reply.isError()) {
            ++m_failures;
            if (!m_reportedMissing)
                qCInfo(lcKiosk).noquote()
                    << QStringLiteral("%1 is not available (%2); retrying every minute")
                           .arg(kService, reply.error().name());
            m_reportedMissing = true;
            if (keepAwake())
                m_retry->start();
            return;
        }
        m_reportedMissing = false;
        m_cookie = reply.value();
        if (!keepAwake()) {
            uninhibit();
            return;
        }
        qCInfo(lcKiosk) << "display kept awake (screensaver inhibited)";
        emit inhibitionChanged(true);
    });
}

void ScreenSaverInhibitor::uninhibit()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("UnInhibit"));
    call << m_cookie;
    m_cookie = 0;
    m_bus.asyncCall(call);
    qCInfo(lcKiosk) << "display may sleep again (screensaver released)";
    emit inhibitionChanged(false);
}

std::unique_ptr<DisplayAwake> DisplayAwake::create(const QString& reason, QObject* parent)
{
    return std::make_unique<ScreenSaverInhibitor>(reason, QDBusConnection::sessionBus(), parent);
}
