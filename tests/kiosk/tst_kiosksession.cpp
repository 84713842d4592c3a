// What the wall display does over time, against the simulator with a manual
// clock: rotation, background polling, active hours, and healing itself
// after a refused token or a team that cannot be shown.

#include "KioskFixture.h"
#include "KioskMessagePage.h"

#include <QSignalSpy>

using namespace KioskTest;
using namespace std::chrono_literals;

class TestKioskSession : public QObject
{
    Q_OBJECT

private slots:
    void rotatesInOrderOnTime()
    {
        Fixture f;
        auto o = f.options();
        o.rotate = 20s;
        f.makeSession(o);
        QSignalSpy changed(f.session.get(), &KioskSession::currentTeamChanged);
        f.session->start();
        QCOMPARE(f.session->mode(), KioskSession::Mode::Active);
        QCOMPARE(f.session->currentTeam(), kTeamA);
        QVERIFY(f.session->rotates());

        QVERIFY(f.advance(10s));
        QVERIFY(qAbs(f.session->rotationProgress() - 0.5) < 0.01);
        QVERIFY(f.advance(9900ms, 100ms));
        QCOMPARE(f.session->currentTeam(), kTeamA);
        QVERIFY(f.advance(100ms));
        QCOMPARE(f.session->currentTeam(), kTeamB);
        QCOMPARE(f.session->rotationProgress(), 0.0);
        QVERIFY(f.advance(20s));
        QCOMPARE(f.session->currentTeam(), kTeamC);
        QVERIFY(f.advance(20s));
        QCOMPARE(f.session->currentTeam(), kTeamA);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toString(), kTeamB);
        QCOMPARE(changed.at(1).at(0).toString(), kTeamC);
        QCOMPARE(changed.at(2).at(0).toString(), kTeamA);
    }

    void oneTeamDoesNotRotate()
    {
        Fixture f;
        f.makeSession(f.options({kTeamB}));
        QSignalSpy changed(f.session.get(), &KioskSession::currentTeamChanged);
        f.session->start();
        QVERIFY(!f.session->rotates());
        QVERIFY(f.advance(3min, 5s));
        QCOMPARE(f.session->currentTeam(), kTeamB);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.session->rotationProgress(), 0.0);
    }

    void teamsOffScreenKeepPolling()
    {
        Fixture f;
        auto o = f.options();
        o.rotate = 3600s; // team A stays on screen the whole time
        o.interval = 15s;
        f.makeSession(o);
        f.session->start();
        QVERIFY(f.settle());
        QVERIFY(f.advance(2min + 1s));
        QCOMPARE(f.session->currentTeam(), kTeamA);
        // One request per team per interval: at 0, 15, …, 120 s (staggered by
        // a quarter of a second).
        for (const QString& team : {kTeamA, kTeamB, kTeamC}) {
            QCOMPARE(f.metricsRequests(team), 9);
            const TeamSnapshot* s = f.store.latest(team);
            QVERIFY2(s, qPrintable(team));
            QVERIFY(s->fetchedAt.secsTo(f.clock.now()) <= 15);
        }
    }

    void refusedTokenWaitsForANewOneInTheKeychain()
    {
        Fixture f;
        const QString workspace = f.workspace.app().idCode;
        f.workspaceId = workspace;
        f.writeToken(workspace, kToken);
        f.makeSession(f.options());
        f.session->start();
        QVERIFY(f.settle());
        QVERIFY(f.waitForData(kTeamA));

        // The token is revoked: every team's next poll is refused.
        f.server.setToken(QStringLiteral("rotated-token"));
        QVERIFY(f.advance(16s));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Authorise);
        QCOMPARE(f.session->authReason(), KioskText::AuthReason::Refused);
        QVERIFY(f.store.latest(kTeamA)); // the last numbers are kept for later

        // The keychain still holds the refused token: it is not tried again
        // and again, and nothing polls meanwhile.
        const int before = f.server.totalRequestCount();
        QVERIFY(f.advance(5min, 5s));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Authorise);
        QCOMPARE(f.server.totalRequestCount(), before);
        QVERIFY(f.session->lastKeychainCheck().secsTo(f.clock.now()) <= 30);

        // An admin runs --sign-in: the new token lands in the keychain.
        f.writeToken(workspace, QStringLiteral("rotated-token"));
        QVERIFY(f.advance(31s));
        QTRY_COMPARE(f.session->mode(), KioskSession::Mode::Active);
        QVERIFY(f.advance(20s));
        for (const QString& team : {kTeamA, kTeamB, kTeamC})
            QCOMPARE(f.session->state(team).phase, PollState::Phase::Waiting);
    }

    // A token from FLOORWATCH_ACCESS_TOKEN that Intercom refused once (an
    // admin rotated it and put it back) is tried again every 10 minutes:
    // the wall comes back without a restart.
    void refusedEnvironmentTokenIsTriedAgain()
    {
        Fixture f;
        KioskSession::Options o = f.options();
        o.environmentToken = kToken;
        f.makeSession(o);
        f.makeView();
        f.session->start();
        QVERIFY(f.settle());
        QVERIFY(f.waitForData(kTeamA));

        f.server.setToken(QStringLiteral("rotated-token"));
        QVERIFY(f.advance(16s));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Authorise);
        QVERIFY(f.session->usesEnvironmentToken());
        // The page says where the token comes from, and never "as user )".
        f.view->refresh();
        QCOMPARE(f.view->page(), KioskView::Page::Authorise);
        const KioskMessage& message = f.view->messagePage()->message();
        const QString page = message.lines.join(QLatin1Char(' '));
        QVERIFY2(page.contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN")), qPrintable(page));

        // Restored: within 10 minutes of simulated time the wall is back.
        f.server.setToken(kToken);
        const int before = f.server.totalRequestCount();
        QVERIFY(f.advance(10min, 5s));
        QTRY_COMPARE(f.session->mode(), KioskSession::Mode::Active);
        QVERIFY(f.advance(20s));
        for (const QString& team : {kTeamA, kTeamB, kTeamC})
            QCOMPARE(f.session->state(team).phase, PollState::Phase::Waiting);
        // Tried again once, not every keychain check: a few requests, not dozens.
        QVERIFY(f.server.totalRequestCount() - before < 20);
    }

    void reauthorisationPageHasNoEmptyFields()
    {
        KioskText::AuthContext context;
        context.host = QStringLiteral("vm");
        context.user = QString(); // $USER unset, as under some service managers
        const KioskMessage m = KioskText::reauthorise(context, QTimeZone::utc());
        const QString text = m.lines.join(QLatin1Char(' '));
        QVERIFY2(!text.contains(QLatin1String("as user )")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(vm)")), qPrintable(text));
    }

    void noTokenAtAllWaitsForSignIn()
    {
        Fixture f;
        f.makeSession(f.options(), QString());
        f.session->start();
        QVERIFY(f.settle());
        QTRY_COMPARE(f.session->mode(), KioskSession::Mode::Authorise);
        QCOMPARE(f.session->authReason(), KioskText::AuthReason::NoToken);
        QCOMPARE(f.server.totalRequestCount(), 0);

        // floorwatch --sign-in stores the token and names the workspace.
        f.workspaceId = f.workspace.app().idCode;
        f.writeToken(f.workspaceId, kToken);
        QVERIFY(f.advance(30s));
        QTRY_COMPARE(f.session->mode(), KioskSession::Mode::Active);
        QVERIFY(f.waitForData(kTeamA));
        QCOMPARE(f.session->workspace(), f.workspaceId);
    }

    void activeHoursStopAndResumePolling()
    {
        Fixture f(Utc::dateTime(QDate(2026, 1, 5), QTime(18, 58))); // a Monday
        auto o = f.options();
        o.schedule =
            *ActiveHours::fromSettings(QStringLiteral("07:00-19:00"), {QStringLiteral("mon-fri")});
        o.schedule.setTimeZone(QTimeZone::utc());
        f.makeSession(o);
        f.session->start();
        QVERIFY(f.settle());
        QCOMPARE(f.session->mode(), KioskSession::Mode::Active);
        QVERIFY(f.awake.keepAwake());
        QVERIFY(f.waitForData(kTeamA));

        QVERIFY(f.advance(2min + 30s, 5s));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Sleeping);
        QVERIFY(!f.awake.keepAwake()); // the display may sleep
        QVERIFY(!f.session->poller());
        QVERIFY(!f.store.latest(kTeamA));
        QCOMPARE(f.session->nextWake(), Utc::dateTime(QDate(2026, 1, 6), QTime(7, 0)));

        // All night long: not one request, not even for names.
        const int before = f.server.totalRequestCount();
        QVERIFY(f.advance(std::chrono::hours(11) + 59min, 1min));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Sleeping);
        QCOMPARE(f.server.totalRequestCount(), before);

        QVERIFY(f.advance(2min, 1s));
        QCOMPARE(f.session->mode(), KioskSession::Mode::Active);
        QVERIFY(f.awake.keepAwake());
        QVERIFY(f.server.totalRequestCount() > before);
        QVERIFY(f.waitForData(kTeamA));
        QCOMPARE(f.awake.on, 2);
        QCOMPARE(f.awake.off, 1);
    }

    void weekendIsAsleepUntilMonday()
    {
        Fixture f(Utc::dateTime(QDate(2026, 1, 10), QTime(10, 0))); // a Saturday
        auto o = f.options();
        o.schedule =
            *ActiveHours::fromSettings(QStringLiteral("07:00-19:00"), {QStringLiteral("mon-fri")});
        o.schedule.setTimeZone(QTimeZone::utc());
        f.makeSession(o);
        f.session->start();
        QCOMPARE(f.session->mode(), KioskSession::Mode::Sleeping);
        QCOMPARE(f.session->nextWake(), Utc::dateTime(QDate(2026, 1, 12), QTime(7, 0)));
        QCOMPARE(f.server.totalRequestCount(), 0);
        QCOMPARE(f.awake.on, 0);
    }

    void forbiddenTeamIsRetriedWhileOthersPoll()
    {
        Fixture f;
        f.workspace.setMetricsRestricted(kTeamB, true);
        f.makeSession(f.options());
        f.session->start();
        QVERIFY(f.settle());
        QVERIFY(f.advance(2s));
        QCOMPARE(f.session->state(kTeamB).phase, PollState::Phase::Stopped);
        QCOMPARE(f.session->state(kTeamB).lastError->kind(), ApiError::Kind::Forbidden);
        QCOMPARE(f.session->mode(), KioskSession::Mode::Active);

        const int a = f.metricsRequests(kTeamA);
        const int b = f.metricsRequests(kTeamB);
        QVERIFY(f.advance(4min, 5s));
        QVERIFY(f.metricsRequests(kTeamA) >= a + 15);
        QCOMPARE(f.metricsRequests(kTeamB), b); // stopped, not hammered

        // The feature is switched on: the next retry brings the team back.
        f.workspace.setMetricsRestricted(kTeamB, false);
        QVERIFY(f.advance(61s, 5s));
        QCOMPARE(f.metricsRequests(kTeamB), b + 1);
        QVERIFY(f.store.latest(kTeamB));
        QCOMPARE(f.session->state(kTeamB).phase, PollState::Phase::Waiting);
    }
};

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
