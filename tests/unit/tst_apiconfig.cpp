#include "ApiConfig.h"

#include <QTest>

class TestApiConfig : public QObject
{
    Q_OBJECT

private slots:
    void regionToBaseUrl_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("url");
        QTest::newRow("us") << "us"
                            << "https://api.intercom.io";
        QTest::newRow("US") << "US"
                            << "https://api.intercom.io";
        QTest::newRow("default") << ""
                                 << "https://api.intercom.io";
        QTest::newRow("eu") << "eu"
                            << "https://api.eu.intercom.io";
        QTest::newRow("au") << "Au"
                            << "https://api.au.intercom.io";
    }
    void regionToBaseUrl()
    {
        QFETCH(QString, region);
        QFETCH(QString, url);
        const auto result = ApiConfig::baseUrlForRegion(region);
        QVERIFY(result.ok());
        QCOMPARE(result.value().toString(), url);
    }

    void unknownRegionRefused()
    {
        const auto result = ApiConfig::baseUrlForRegion(QStringLiteral("mars"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadConfiguration);
        QVERIFY(result.error().userMessage().contains(QLatin1String("mars")));
    }

    void customUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://intercom-proxy.example.com/api" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback other") << "http://127.0.0.2:8080" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http remote") << "http://example.com" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("credentials") << "https://user:pw@example.com" << false;
        QTest::newRow("garbage") << "not a url" << false;
        QTest::newRow("empty") << "" << false;
    }
    void customUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto result = ApiConfig::validateBaseUrl(url);
        QCOMPARE(result.ok(), accepted);
        if (!accepted)
            QCOMPARE(result.error().kind(), ApiError::Kind::BadConfiguration);
    }

    void clampsIdleThreshold()
    {
        QCOMPARE(ApiConfig::clampIdleThreshold(0), 1);
        QCOMPARE(ApiConfig::clampIdleThreshold(-5), 1);
        QCOMPARE(ApiConfig::clampIdleThreshold(1), 1);
        QCOMPARE(ApiConfig::clampIdleThreshold(1800), 1800);
        QCOMPARE(ApiConfig::clampIdleThreshold(86400), 86400);
        QCOMPARE(ApiConfig::clampIdleThreshold(100000), 86400);
    }
};

QTEST_GUILESS_MAIN(TestApiConfig)
#include "tst_apiconfig.moc"
