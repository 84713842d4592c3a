// The wall display as people see it, offscreen against the simulator with a
// manual clock: the pages, what each kind of trouble looks like (never a
// dialog, never a blank screen), recovery, and screen care.

#include "CursorHider.h"
#include "KioskClockPage.h"
#include "KioskFixture.h"
#include "KioskMessagePage.h"
#include "KioskTeamPage.h"
#include "KioskTeamPainters.h"
#include "PixelShift.h"
#include "SimTrouble.h"

#include <QImage>
#include <QSet>
#include <QSignalSpy>

using namespace KioskTest;
using namespace std::chrono_literals;

namespace {

int colourCount(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 6)
        for (int x = 0; x < image.width(); x += 6)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// For a person reviewing the pages: FLOORWATCH_KIOSK_SHOTS=/some/dir.
void keepShot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("FLOORWATCH_KIOSK_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestKioskView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTeamLargeAndLive()
    {
        Fixture f;
        f.makeSession(f.options());
        f.makeView();
        QSignalSpy first(f.view.get(), &KioskView::firstDataShown);
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QVERIFY(f.settle());
        QTRY_COMPARE(f.view->page(), KioskView::Page::Team);
        QCOMPARE(first.count(), 1);

        const KioskFrame frame = f.view->currentFrame();
        QCOMPARE(frame.title, f.workspace.teams().first().name);
        QCOMPARE(frame.asOf, QStringLiteral("as of 09:00:00"));
        QVERIFY(!frame.status.dimmed);
        QCOMPARE(frame.rotation.names.size(), 3);
        QCOMPARE(frame.rotation.index, 0);

        // The most loaded teammates, as many as fit, in order of load.
        f.view->grab();
        const QStringList shown = f.view->teamPage()->shownTeammates();
        QVERIFY(shown.size() >= 4);
        const QList<TeammateRow> sorted = KioskBars::mostLoaded(f.store.latest(kTeamA)->rows);
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(shown[i], sorted[i].name);
        QCOMPARE(shown.size() + f.view->teamPage()->hiddenTeammates(), sorted.size());
        QVERIFY(colourCount(f.view.get()) > 30);
        keepShot(f.view.get(), "team");

        // An hour later the trend of the shift is drawn.
        QVERIFY(f.advance(1h, 5s));
        QVERIFY(f.store.teamHistory(kTeamA)->points().size() > 10);
        QCOMPARE(f.view->page(), KioskView::Page::Team);
        QVERIFY(colourCount(f.view.get()) > 30);
        keepShot(f.view.get(), "team-an-hour-later");

        // A 4K screen shows the same picture with twice the units.
        const double unit1080 = f.view->unit();
        f.view->resize(3840, 2160);
        QVERIFY(f.view->unit() > 1.6 * unit1080);
        f.view->grab();
        QVERIFY(f.view->teamPage()->shownTeammates().size() >= shown.size());
        QCOMPARE(f.dialogs.shown, 0);
    }

    void everyKindOfTroubleHasItsOwnState_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << 0 << int(KioskView::Page::Authorise) << "needs to be re-authorised";
        QTest::newRow("403") << 1 << int(KioskView::Page::TeamProblem) << "Real-time monitoring";
        QTest::newRow("429") << 2 << int(KioskView::Page::Team)
                             << "rate-limited \u2014 resuming at 09:00:";
        QTest::newRow("5xx") << 3 << int(KioskView::Page::Team)
                             << "reconnecting \u2014 retrying in";
        QTest::newRow("network") << 4 << int(KioskView::Page::Team)
                                 << "reconnecting \u2014 retrying in";
        QTest::newRow("timeout") << 5 << int(KioskView::Page::Team) << "reconnecting";
        QTest::newRow("bad body") << 6 << int(KioskView::Page::Team)
                                  << "reconnecting \u2014 retrying in";
    }
    void everyKindOfTroubleHasItsOwnState()
    {
        QFETCH(int, fault);
        QFETCH(int, page);
        QFETCH(QString, says);
        Fixture f;
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QVERIFY(f.settle());
        QTRY_COMPARE(f.view->page(), KioskView::Page::Team);

        causeTrouble(SimTrouble(fault), f.server, f.workspace, kTeamA);
        if (fault == 5)
            f.clock.advance(15s); // the poll hangs: nothing to wait for
        else
            QVERIFY(f.advance(15s));
        if (fault == 5) {
            QTRY_COMPARE(f.server.pendingReplyCount(), 1);
            f.clock.advance(31s); // the request's deadline
            QVERIFY(f.settle());
        }
        QTRY_COMPARE(int(f.view->page()), page);
        f.view->refresh();
        QString text = f.view->currentFrame().status.text;
        if (page != int(KioskView::Page::Team))
            text = f.view->messagePage()->text();
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('{')));
        if (page == int(KioskView::Page::Team)) {
            // The last good numbers stay, dimmed, with "as of".
            QVERIFY(f.view->currentFrame().status.dimmed);
            QVERIFY(f.view->currentFrame().asOf.startsWith(QLatin1String("as of 09:00:0")));
            QVERIFY(f.store.latest(kTeamA));
        }
        QVERIFY(colourCount(f.view.get()) > 8); // never blank
        const char* names[] = {"reauthorise", "forbidden", "ratelimited", "servererror",
                               "network",     "timeout",   "badbody"};
        keepShot(f.view.get(), names[fault]);
        QCOMPARE(f.dialogs.shown, 0);
        QVERIFY(!f.dialogs.anyDialogNow());
    }

    void recoversByItselfWhenTheFaultsStop()
    {
        Fixture f;
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QVERIFY(f.settle());
        f.server.setServerErrorRate(1.0);
        QVERIFY(f.advance(16s));
        QVERIFY(f.view->currentFrame().status.dimmed);
        QVERIFY(f.advance(2min, 1s)); // backing off, still failing
        QVERIFY(f.view->currentFrame().status.dimmed);
        QCOMPARE(f.view->page(), KioskView::Page::Team);

        f.server.clearFaults();
        QVERIFY(f.advance(6min, 1s)); // the longest back-off is five minutes
        f.view->refresh();
        const KioskFrame frame = f.view->currentFrame();
        QVERIFY2(!frame.status.dimmed, qPrintable(frame.status.text));
        QCOMPARE(frame.status.text, QStringLiteral("updated every 15 s"));
        QCOMPARE(f.dialogs.shown, 0);
    }

    void notFoundTeamHasItsPageWhileOthersRotate()
    {
        Fixture f;
        auto o = f.options({kTeamA, QStringLiteral("4242")});
        o.rotate = 20s;
        f.makeSession(o);
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QVERIFY(f.advance(20s));
        QCOMPARE(f.session->currentTeam(), QStringLiteral("4242"));
        QCOMPARE(f.view->page(), KioskView::Page::TeamProblem);
        QVERIFY(f.view->messagePage()->text().contains(QLatin1String("Team 4242 was not found")));
        QVERIFY(f.view->messagePage()->text().contains(QLatin1String("/etc/floorwatch/kiosk.ini")));
        QVERIFY(f.view->messagePage()->frame().has_value()); // the rotation goes on around it
        keepShot(f.view.get(), "notfound");
        QVERIFY(f.advance(20s));
        QCOMPARE(f.view->page(), KioskView::Page::Team);
        QCOMPARE(f.dialogs.shown, 0);
    }

    void reauthorisationPageGoesAwayByItself()
    {
        Fixture f;
        f.workspaceId = f.workspace.app().idCode;
        f.writeToken(f.workspaceId, kToken);
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        f.server.setToken(QStringLiteral("new-token"));
        QVERIFY(f.advance(16s));
        QCOMPARE(f.view->page(), KioskView::Page::Authorise);
        const QString text = f.view->messagePage()->text();
        QVERIFY(text.contains(
            QLatin1String("floorwatch --sign-in --config /etc/floorwatch/kiosk.ini")));
        QVERIFY(text.contains(QLatin1String("wallbox")));
        QVERIFY(!text.contains(kToken));

        f.writeToken(f.workspaceId, QStringLiteral("new-token"));
        QVERIFY(f.advance(31s));
        QTRY_COMPARE(f.view->page(), KioskView::Page::Team);
        QCOMPARE(f.dialogs.shown, 0);
    }

    void sleepsWithADimClockOutsideActiveHours()
    {
        Fixture f(Utc::dateTime(QDate(2026, 1, 5), QTime(18, 59)));
        auto o = f.options();
        o.schedule = *ActiveHours::fromSettings(QStringLiteral("07:00-19:00"), {});
        o.schedule.setTimeZone(QTimeZone::utc());
        f.makeSession(o);
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QVERIFY(f.advance(61s));
        QCOMPARE(f.view->page(), KioskView::Page::Sleeping);
        QCOMPARE(f.view->clockPage()->timeText(), QStringLiteral("19:00"));
        QCOMPARE(f.view->clockPage()->note(),
                 QStringLiteral("Floorwatch resumes tomorrow at 07:00"));
        const QPoint drift = f.view->clockPage()->drift();
        QVERIFY(f.advance(5min, 30s));
        QCOMPARE(f.view->clockPage()->timeText(), QStringLiteral("19:05"));
        QVERIFY(f.view->clockPage()->drift() != drift); // it wanders
        keepShot(f.view.get(), "sleeping");
    }

    void pixelShiftStaysWithinBounds()
    {
        Fixture f;
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        f.session->start();
        QVERIFY(f.waitForData(kTeamA));
        QCOMPARE(f.view->contentOffset(), QPoint(0, 0));
        QSet<QPair<int, int>> seen;
        for (int i = 0; i < 40; ++i) {
            f.clock.advance(PixelShift::kPeriod);
            const QPoint at = f.view->contentOffset();
            QVERIFY2(qAbs(at.x()) <= PixelShift::kAmplitude &&
                         qAbs(at.y()) <= PixelShift::kAmplitude,
                     qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
            seen.insert({at.x(), at.y()});
        }
        QVERIFY(seen.size() >= 20);
        QCOMPARE(f.view->teamPage()->size(), f.view->size()); // moved, not cropped
    }

    void cursorHidesAgainAfterAMove()
    {
        Fixture f;
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        QCOMPARE(f.view->cursor().shape(), Qt::BlankCursor);
        QTest::mouseMove(f.view.get(), QPoint(300, 300));
        QTRY_COMPARE(f.view->cursor().shape(), Qt::ArrowCursor);
        f.clock.advance(2s);
        QCOMPARE(f.view->cursor().shape(), Qt::ArrowCursor);
        f.clock.advance(1100ms);
        QCOMPARE(f.view->cursor().shape(), Qt::BlankCursor);
        QVERIFY(f.view->cursorHider()->isHidden());
    }

    void exitChordLeavesKioskMode()
    {
        Fixture f;
        f.makeSession(f.options({kTeamA}));
        f.makeView();
        QSignalSpy exit(f.view.get(), &KioskView::exitRequested);
        QTest::keyClick(f.view.get(), Qt::Key_Q);
        QTest::keyClick(f.view.get(), Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(f.view.get(), Qt::Key_Escape);
        QCOMPARE(exit.count(), 0);
        QTest::keyClick(f.view.get(), Qt::Key_Q,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(exit.count(), 1);
        QCOMPARE(f.dialogs.shown, 0);
    }

    void noTeamsSaysWhatToConfigure()
    {
        Fixture f;
        f.makeSession(f.options({}));
        f.makeView();
        f.session->start();
        QCOMPARE(f.view->page(), KioskView::Page::NoTeams);
        QVERIFY(f.view->messagePage()->text().contains(QLatin1String("kiosk/teams")));
        QCOMPARE(f.server.totalRequestCount(), 0);
    }
};

QTEST_MAIN(TestKioskView)
#include "tst_kioskview.moc"
