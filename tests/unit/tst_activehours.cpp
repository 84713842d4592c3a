#include "ActiveHours.h"
#include "UtcDateTime.h"

#include <QTest>

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    // January 2026: the 5th is a Monday.
    return Utc::dateTime(QDate(2026, 1, day), QTime(hour, minute));
}

ActiveHours make(const QString& hours, const QStringList& days = {})
{
    auto s = ActiveHours::fromSettings(hours, days);
    if (!s)
        qFatal("invalid schedule in test");
    s->setTimeZone(QTimeZone::utc());
    return *s;
}

} // namespace

class TestActiveHours : public QObject
{
    Q_OBJECT

private slots:
    void nothingSetIsAlwaysActive()
    {
        const ActiveHours s = make(QString());
        QVERIFY(s.isAlwaysActive());
        QVERIFY(s.isActive(at(10, 3)));
        QVERIFY(!s.nextChange(at(10, 3)).isValid());
        // Seven days are no restriction either.
        QVERIFY(make(QString(), {QStringLiteral("mon-sun")}).isAlwaysActive());
    }

    void dayHours()
    {
        const ActiveHours s = make(QStringLiteral("07:00-19:00"));
        QVERIFY(!s.isActive(at(5, 6, 59)));
        QVERIFY(s.isActive(at(5, 7, 0)));
        QVERIFY(s.isActive(at(5, 18, 59)));
        QVERIFY(!s.isActive(at(5, 19, 0)));
        QCOMPARE(s.nextChange(at(5, 12)), at(5, 19));
        QCOMPARE(s.nextChange(at(5, 20)), at(6, 7));
        QCOMPARE(s.nextStart(at(5, 12)), at(6, 7));
    }

    void weekdaysOnly()
    {
        const ActiveHours s = make(QStringLiteral("07:00-19:00"), {QStringLiteral("mon-fri")});
        QVERIFY(s.isActive(at(9, 10)));               // Friday
        QVERIFY(!s.isActive(at(10, 10)));             // Saturday
        QCOMPARE(s.nextChange(at(9, 20)), at(12, 7)); // Friday evening -> Monday morning
        const ActiveHours days = make(QString(), {QStringLiteral("sat"), QStringLiteral("sun")});
        QVERIFY(days.isActive(at(10, 3)));
        QVERIFY(!days.isActive(at(12, 3)));
        QCOMPARE(days.nextChange(at(10, 3)), at(12, 0));
    }

    void pastMidnightBelongsToTheStartingDay()
    {
        const ActiveHours s = make(QStringLiteral("22:00-06:00"), {QStringLiteral("fri")});
        QVERIFY(s.isActive(at(9, 23)));   // Friday night
        QVERIFY(s.isActive(at(10, 5)));   // early Saturday: Friday's window
        QVERIFY(!s.isActive(at(10, 23))); // Saturday night
        QVERIFY(!s.isActive(at(9, 5)));   // early Friday: Thursday's window
        QCOMPARE(s.nextChange(at(9, 12)), at(9, 22));
        QCOMPARE(s.nextChange(at(9, 23)), at(10, 6));
    }

    void localTimeOfTheDisplay()
    {
        ActiveHours s = make(QStringLiteral("07:00-19:00"));
        s.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QVERIFY(s.isActive(at(5, 6, 30)));   // 07:30 in Berlin
        QVERIFY(!s.isActive(at(5, 18, 30))); // 19:30 in Berlin
        QCOMPARE(s.nextChange(at(5, 12)), at(5, 18));
    }

    void malformedIsRefused()
    {
        QVERIFY(!ActiveHours::fromSettings(QStringLiteral("7-19"), {}));
        QVERIFY(!ActiveHours::fromSettings(QString(), {QStringLiteral("funday")}));
    }
};

QTEST_GUILESS_MAIN(TestActiveHours)
#include "tst_activehours.moc"
