#pragma once

#include "DisplayAwake.h"

#include <QDBusConnection>

class QTimer;

// Linux and other freedesktop systems: org.freedesktop.ScreenSaver's
// Inhibit / UnInhibit on the session bus (GNOME, KDE Plasma, Xfce, LXQt and
// most kiosk compositors implement it). Calls are asynchronous. When the
// service is not there yet (a kiosk session still starting up) the request
// is retried every minute for as long as it stands.
class ScreenSaverInhibitor final : public DisplayAwake
{
    Q_OBJECT

public:
    static inline const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");

    explicit ScreenSaverInhibitor(const QString& reason,
                                  QDBusConnection bus = QDBusConnection::sessionBus(),
                                  QObject* parent = nullptr);
    ~ScreenSaverInhibitor() override;

    // 0 while no inhibition is held.
    quint32 cookie() const { return m_cookie; }
    // Inhibit calls that failed (no such service yet, or an error).
    int failedAttempts() const { return m_failures; }
    void setRetryInterval(int milliseconds);

signals:
    // The service answered Inhibit (held) or the inhibition was released.
    void inhibitionChanged(bool held);

protected:
    void apply(bool on) override;

private:
    void inhibit();
    void uninhibit();

    QDBusConnection m_bus;
    QString m_reason;
    QTimer* m_retry;
    quint32 m_cookie = 0;
    bool m_pending = false;
    bool m_reportedMissing = false;
    int m_failures = 0;
};
