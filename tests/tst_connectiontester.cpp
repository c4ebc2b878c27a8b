// "Test connection" against a real demo server over loopback: each way it can end, in words.
#include "connections/connectiontester.h"
#include "demo/demoserver.h"
#include "domain/apierror.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
enum class Setup { Normal, WrongKey, NoKey, ClosedPort, Firewall, Truncated, Slow, PlainHttpElsewhere };
}
Q_DECLARE_METATYPE(Setup)

class TestConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void outcomes_data();
    void outcomes();
    void unauthorizedNamesTheRegionTried();
    void noCallbackOnceContextIsGone();

private:
    std::unique_ptr<DemoServer> m_server;
};

void TestConnectionTester::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestConnectionTester::cleanup()
{
    m_server.reset();
}

void TestConnectionTester::outcomes_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QStringList>("summaryHas");
    QTest::addColumn<QStringList>("detailsHas");

    QTest::newRow("ok against the demo server")
        << Setup::Normal << true << 200
        << QStringList {u"Connected to Loopback"_s, u"the first page lists 50 artifact"_s}
        << QStringList {u"More pages follow"_s};
    QTest::newRow("wrong key is a 401 that points at the region")
        << Setup::WrongKey << false << 401 << QStringList {u"key"_s, u"401"_s}
        << QStringList {u"region"_s, u"the custom address http://127.0.0.1"_s};
    QTest::newRow("no key asks for one") << Setup::NoKey << false << 0 << QStringList {u"No API key"_s}
                                         << QStringList {u"Enter"_s};
    QTest::newRow("connection refused names the host, then what the network said")
        << Setup::ClosedPort << false << 0 << QStringList {u"Could not reach 127.0.0.1"_s}
        << QStringList {u"Connection refused"_s};
    QTest::newRow("firewall page shows status and excerpt")
        << Setup::Firewall << false << 403 << QStringList {u"403"_s, u"127.0.0.1"_s}
        << QStringList {u"403 Forbidden"_s, u"firewall"_s};
    QTest::newRow("truncated body is malformed")
        << Setup::Truncated << false << 200 << QStringList {u"not like the Recall API"_s}
        << QStringList {u"malformed JSON"_s, u"base URL"_s};
    QTest::newRow("no answer in time is a timeout")
        << Setup::Slow << false << 0 << QStringList {u"did not answer in time"_s} << QStringList {u"127.0.0.1"_s};
    QTest::newRow("plain http to another computer is refused unsent")
        << Setup::PlainHttpElsewhere << false << 0 << QStringList {u"not allowed"_s} << QStringList {u"https"_s};
}

void TestConnectionTester::outcomes()
{
    QFETCH(Setup, setup);
    QFETCH(bool, ok);
    QFETCH(int, httpStatus);
    QFETCH(QStringList, summaryHas);
    QFETCH(QStringList, detailsHas);

    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.label = u"Loopback"_s;
    profile.customBaseUrl = m_server->baseUrl();
    QString key = m_server->token();
    ConnectionTester tester;

    QTcpServer closed;
    switch (setup) {
    case Setup::Normal:
        break;
    case Setup::WrongKey:
        key = u"demo-000000000000000000000000"_s;
        break;
    case Setup::NoKey:
        key = u"   "_s;
        break;
    case Setup::ClosedPort: {
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(closed.serverPort());
        closed.close();
        profile.customBaseUrl = url;
        break;
    }
    case Setup::Firewall:
        m_server->setFirewallBlock(true);
        break;
    case Setup::Truncated:
        m_server->setTruncateBodies(true);
        break;
    case Setup::Slow:
        m_server->setLatencyMs(3000);
        tester.setTransferTimeoutMs(300);
        break;
    case Setup::PlainHttpElsewhere:
        profile.customBaseUrl = QUrl(u"http://example.com"_s);
        break;
    }

    std::optional<ConnectionTestResult> result;
    tester.test(profile, key, this, [&result](const ConnectionTestResult &r) { result = r; });
    QVERIFY(!result); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);

    const QString text = result->summary + u" | "_s + result->details;
    QCOMPARE(result->ok, ok);
    QCOMPARE(result->httpStatus, httpStatus);
    for (const QString &part : std::as_const(summaryHas))
        QVERIFY2(result->summary.contains(part), qPrintable(text));
    for (const QString &part : std::as_const(detailsHas))
        QVERIFY2(result->details.contains(part), qPrintable(text));
    // The details add to the summary; they never say it again.
    QVERIFY2(!result->details.contains(QStringView(result->summary).chopped(1)), qPrintable(text));
    QVERIFY2(!text.contains(m_server->token()), "the key must never appear in the explanation");
    if (setup == Setup::PlainHttpElsewhere)
        QVERIFY(m_server->apiRequests().isEmpty());
    if (setup == Setup::ClosedPort || setup == Setup::Firewall)
        QVERIFY(m_server->apiRequests().size() <= 1); // no retries: the answer comes at once
}

void TestConnectionTester::unauthorizedNamesTheRegionTried()
{
    ConnectionProfile profile;
    profile.label = u"Acme"_s;
    profile.region = Region::EuCentral1;
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 401;
    error.message = u"Invalid token."_s;
    const ConnectionTestResult result = ConnectionTester::explain(profile, error);
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY2(result.summary.contains(u"eu-central-1.recall.ai"_s), qPrintable(result.summary));
    QVERIFY2(result.details.contains(u"EU (Frankfurt) (eu-central-1)"_s), qPrintable(result.details));
    QVERIFY(result.details.contains(u"region"_s));

    // A custom URL on a region's host still names that region.
    profile.region.reset();
    profile.customBaseUrl = QUrl(u"https://api.recall.ai"_s);
    QVERIFY(ConnectionTester::explain(profile, error).details.contains(u"us-east-1"_s));
}

void TestConnectionTester::noCallbackOnceContextIsGone()
{
    ConnectionProfile profile;
    profile.label = u"Loopback"_s;
    profile.customBaseUrl = m_server->baseUrl();
    ConnectionTester tester;
    bool called = false;
    auto context = std::make_unique<QObject>();
    tester.test(profile, m_server->token(), context.get(), [&called](const ConnectionTestResult &) { called = true; });
    context.reset();
    QTest::qWait(300);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
