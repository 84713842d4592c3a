#pragma once

// A wall display against the real simulator over loopback, with a manual
// clock: minutes pass when a test says so.

#include "DisplayAwake.h"
#include "InMemoryTokenStore.h"
#include "KioskSession.h"
#include "KioskView.h"
#include "SimPipeline.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <memory>

namespace KioskTest {

inline const QString kToken = QStringLiteral("kiosk-token");
inline const QString kTeamA = QStringLiteral("5017691");
inline const QString kTeamB = QStringLiteral("5017692");
inline const QString kTeamC = QStringLiteral("5017693");

// Counts what the session asks of the display, without a real one.
class FakeDisplayAwake final : public DisplayAwake
{
public:
    int on = 0;
    int off = 0;

protected:
    void apply(bool keep) override { keep ? ++on : ++off; }
};

// Any dialog that is shown anywhere, ever: a wall display must not have one.
class DialogWatcher : public QObject
{
public:
    DialogWatcher() { qApp->installEventFilter(this); }
    int shown = 0;
    bool anyDialogNow() const
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w) && w->isVisible())
                return true;
        return false;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && qobject_cast<QDialog*>(watched))
            ++shown;
        return QObject::eventFilter(watched, event);
    }
};

inline SimConfig simConfig()
{
    SimConfig c;
    c.speed = 20;
    return c;
}

// The session makes its own poller: the fixture has none.
struct Fixture : SimBackend
{
    explicit Fixture(QDateTime start = Utc::dateTime(QDate(2026, 1, 5), QTime(9, 0)))
        : SimBackend(kToken, simConfig(), std::move(start))
    {}
    ~Fixture()
    {
        view.reset();
        session.reset();
    }

    InMemoryTokenStore tokens;
    FakeDisplayAwake awake;
    DialogWatcher dialogs;
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<KioskView> view;
    QString workspaceId; // what the configuration names; empty: none

    KioskSession::Options options(QStringList teams = {kTeamA, kTeamB, kTeamC})
    {
        KioskSession::Options o;
        o.teams = teams;
        o.jitterSeed = 7;
        o.workspace = [this] { return workspaceId; };
        o.schedule.setTimeZone(QTimeZone::utc());
        return o;
    }

    void makeSession(KioskSession::Options o, const QString& token = kToken)
    {
        session = std::make_unique<KioskSession>(
            KioskSession::Services{clock, client, store, tokens, awake}, std::move(o));
        if (!token.isEmpty())
            session->useToken(token);
    }

    void makeView(QSize size = QSize(1920, 1080))
    {
        KioskView::Options o;
        o.zone = QTimeZone::utc();
        o.configFile = QStringLiteral("/etc/floorwatch/kiosk.ini");
        o.host = QStringLiteral("wallbox");
        o.user = QStringLiteral("kiosk");
        view = std::make_unique<KioskView>(KioskView::Services{clock, *session, store}, o);
        view->resize(size);
        view->show();
    }

    // Requests finish on the event loop; the clock stands still meanwhile.
    // Woken by the sockets rather than polling every few milliseconds, so
    // that hours of simulated polling take seconds.
    bool settle()
    {
        QTimer wake; // lets the deadline be checked when nothing else happens
        wake.start(50);
        const QDeadlineTimer deadline(10000);
        while (client.callsInFlight() > 0) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return true;
    }
    // Moves the clock forward second by second, letting each poll finish.
    bool advance(std::chrono::milliseconds total,
                 std::chrono::milliseconds step = std::chrono::seconds(1))
    {
        for (std::chrono::milliseconds done{0}; done < total; done += step) {
            clock.advance(std::min(step, total - done));
            if (!settle())
                return false;
        }
        return true;
    }
    bool waitForData(const QString& team)
    {
        return QTest::qWaitFor(
            [&] {
                const TeamSnapshot* s = store.latest(team);
                return s && !s->rows.isEmpty() && s->rows.first().known;
            },
            10000);
    }
    int metricsRequests(const QString& team) const
    {
        return server.requestCount(QStringLiteral("/teams/%1/metrics").arg(team));
    }
    void writeToken(const QString& account, const QString& token)
    {
        bool done = false;
        tokens.write(account, token, nullptr,
                     [&](const std::optional<TokenStoreError>&) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qFatal("token store did not answer");
    }
};

} // namespace KioskTest
