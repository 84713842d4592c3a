#include "Clock.h"
#include "OAuthRedirectListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

const QString kState = QStringLiteral("state-0b1d5e");

struct Answer
{
    int status = 0;
    QByteArray body;
};

struct Fixture
{
    ManualClock clock;
    OAuthRedirectListener listener{clock};
    QNetworkAccessManager browser;
    QSignalSpy codes{&listener, &OAuthRedirectListener::codeReceived};
    QSignalSpy rejections{&listener, &OAuthRedirectListener::rejected};
    QSignalSpy denials{&listener, &OAuthRedirectListener::denied};

    QUrl callback(const QString& query) const
    {
        QUrl url = listener.redirectUri();
        url.setQuery(query);
        return url;
    }

    Answer open(const QUrl& url)
    {
        QNetworkReply* reply = browser.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("browser request did not finish");
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }
};

} // namespace

class TestOAuthRedirectListener : public QObject
{
    Q_OBJECT

private slots:
    void matchingStateHandsOverTheCodeOnce()
    {
        Fixture f;
        QVERIFY(!f.listener.listen(QUrl(QStringLiteral("http://127.0.0.1:0/cb")), kState));
        QVERIFY(f.listener.isListening());
        QVERIFY(f.listener.redirectUri().port() > 0);
        QCOMPARE(f.listener.redirectUri().path(), QStringLiteral("/cb"));

        const Answer page = f.open(f.callback(QStringLiteral("code=abc&state=") + kState));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("close this tab"));
        QCOMPARE(f.codes.count(), 1);
        QCOMPARE(f.codes.first().at(0).toString(), QStringLiteral("abc"));
        // One answer only: nothing listens any more.
        QVERIFY(!f.listener.isListening());
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, quint16(f.listener.redirectUri().port()));
        QVERIFY(!again.waitForConnected(2000));
    }

    void wrongOrMissingStateIsRefusedAndListeningGoesOn()
    {
        Fixture f;
        QVERIFY(!f.listener.listen(QUrl(QStringLiteral("http://127.0.0.1:0/cb")), kState));
        QCOMPARE(f.open(f.callback(QStringLiteral("code=stolen&state=forged"))).status, 400);
        QCOMPARE(f.open(f.callback(QStringLiteral("code=stolen"))).status, 400);
        QCOMPARE(f.open(f.callback(QStringLiteral("state=") + kState)).status, 400); // no code
        QCOMPARE(f.rejections.count(), 3);
        QVERIFY(f.codes.isEmpty());
        QVERIFY(f.listener.isListening());

        QUrl favicon = f.listener.redirectUri();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(f.open(favicon).status, 404);
        QVERIFY(f.listener.isListening());

        QCOMPARE(f.open(f.callback(QStringLiteral("code=abc&state=") + kState)).status, 200);
        QCOMPARE(f.codes.count(), 1);
    }

    void deniedAccessEndsListening()
    {
        Fixture f;
        QVERIFY(!f.listener.listen(QUrl(QStringLiteral("http://127.0.0.1:0/cb")), kState));
        const Answer page =
            f.open(f.callback(QStringLiteral("error=access_denied&state=") + kState));
        QCOMPARE(page.status, 400);
        QCOMPARE(f.denials.count(), 1);
        QVERIFY(f.denials.first().at(0).toString().contains(QLatin1String("access_denied")));
        QVERIFY(!f.listener.isListening());
        QVERIFY(f.codes.isEmpty());
    }

    void onlyLoopbackAddressesAreListenedAt_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("any address") << "http://0.0.0.0:0/cb";
        QTest::newRow("a LAN address") << "http://192.168.1.20:0/cb";
        QTest::newRow("a host name") << "http://floorwatch.example.com:0/cb";
        QTest::newRow("https") << "https://127.0.0.1:0/cb";
    }
    void onlyLoopbackAddressesAreListenedAt()
    {
        QFETCH(QString, uri);
        Fixture f;
        const auto refused = f.listener.listen(QUrl(uri), kState);
        QVERIFY(refused);
        QVERIFY(!f.listener.isListening());
    }

    void idleConnectionIsDroppedOnTheClock()
    {
        Fixture f;
        QVERIFY(!f.listener.listen(QUrl(QStringLiteral("http://127.0.0.1:0/cb")), kState));
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, quint16(f.listener.redirectUri().port()));
        QVERIFY(idle.waitForConnected(5000));
        QTRY_COMPARE(f.clock.pendingCount(), 1);
        f.clock.advance(30s);
        QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(f.listener.isListening());
    }
};

QTEST_GUILESS_MAIN(TestOAuthRedirectListener)
#include "tst_oauthredirectlistener.moc"
