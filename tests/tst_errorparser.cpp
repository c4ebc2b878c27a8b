#include "domain/errorparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using FieldErrors = QMap<QString, QStringList>;

class TestErrorParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void hints_data();
    void hints();
    void excerpt();
    void transient_data();
    void transient();
};

void TestErrorParser::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<QString>("code");
    QTest::addColumn<FieldErrors>("fields");
    QTest::addColumn<QString>("excerptContains");

    QTest::newRow("detail") << 401 << QByteArray(R"({"detail":"Invalid token."})") << QByteArray("application/json")
                            << u"Invalid token."_s << QString() << FieldErrors() << QString();
    QTest::newRow("code and detail") << 402
                                     << QByteArray(
                                            R"({"code": "insufficient_credits", "detail": "Top up your balance."})")
                                     << QByteArray("application/json") << u"Top up your balance."_s
                                     << u"insufficient_credits"_s << FieldErrors() << QString();
    QTest::newRow("field map") << 400 << QByteArray(R"({"status_code": ["Select a valid choice."]})")
                               << QByteArray("application/json") << u"rejected some fields"_s << QString()
                               << FieldErrors {{u"status_code"_s, {u"Select a valid choice."_s}}} << QString();
    QTest::newRow("nested field map")
        << 400
        << QByteArray(
               R"({"metadata": {"ticket": ["Ensure this field has no more than 500 characters."], "n": ["Not a valid string."]}})")
        << QByteArray("application/json") << u"rejected some fields"_s << QString()
        << FieldErrors {{u"metadata.ticket"_s, {u"Ensure this field has no more than 500 characters."_s}},
               {u"metadata.n"_s, {u"Not a valid string."_s}}}
        << QString();
    QTest::newRow("non_field_errors becomes message")
        << 400 << QByteArray(R"({"non_field_errors": ["Invalid JSON."], "metadata": ["This field is required."]})")
        << QByteArray("application/json") << u"Invalid JSON."_s << QString()
        << FieldErrors {{u"metadata"_s, {u"This field is required."_s}}} << QString();
    QTest::newRow("bare list") << 400 << QByteArray(R"(["First problem.", "Second problem."])")
                               << QByteArray("application/json") << u"First problem. Second problem."_s << QString()
                               << FieldErrors() << QString();
    QTest::newRow("detail object") << 400 << QByteArray(R"({"detail": {"metadata": ["bad"]}})")
                                   << QByteArray("application/json") << u"rejected some fields"_s << QString()
                                   << FieldErrors {{u"metadata"_s, {u"bad"_s}}} << QString();
    QTest::newRow("html firewall page")
        << 403
        << QByteArray("<!DOCTYPE html><html><head><title>Access denied</title><style>p{}</style></head>"
                      "<body><h1>Access denied</h1><p>Your request was blocked by the firewall &amp; "
                      "logged.</p></body></html>")
        << QByteArray("text/html; charset=utf-8") << u"web page"_s << QString() << FieldErrors() << u"Access denied"_s;
    QTest::newRow("html without content type")
        << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray() << u"502 Bad Gateway"_s
        << QString() << FieldErrors() << u"Bad gateway"_s;
    QTest::newRow("empty") << 503 << QByteArray() << QByteArray() << u"503 Service Unavailable"_s << QString()
                           << FieldErrors() << QString();
    QTest::newRow("malformed json") << 500 << QByteArray(R"({"detail": "oops)") << QByteArray("application/json")
                                    << u"not readable JSON"_s << QString() << FieldErrors() << u"oops"_s;
    QTest::newRow("plain text") << 504 << QByteArray("upstream request timeout") << QByteArray("text/plain")
                                << u"not readable JSON"_s << QString() << FieldErrors()
                                << u"upstream request timeout"_s;
}

void TestErrorParser::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, messageContains);
    QFETCH(QString, code);
    QFETCH(FieldErrors, fields);
    QFETCH(QString, excerptContains);

    const ApiError e = ErrorParser::fromHttp(status, body, contentType);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
    QCOMPARE(e.code, code);
    QCOMPARE(e.fieldErrors, fields);
    if (excerptContains.isEmpty())
        QVERIFY(e.bodyExcerpt.isEmpty());
    else
        QVERIFY2(e.bodyExcerpt.contains(excerptContains), qPrintable(e.bodyExcerpt));
    QVERIFY(!e.displayText().isEmpty());
}

void TestErrorParser::hints_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("hintContains");
    QTest::newRow("401 suggests region") << 401 << u"region"_s;
    QTest::newRow("402 credit") << 402 << u"credit"_s;
    QTest::newRow("403 firewall") << 403 << u"firewall"_s;
    QTest::newRow("404 deleted or region") << 404 << u"region"_s;
    QTest::newRow("429 waits") << 429 << u"Retry-After"_s;
}

void TestErrorParser::hints()
{
    QFETCH(int, status);
    QFETCH(QString, hintContains);
    const ApiError e = ErrorParser::fromHttp(status, R"({"detail": "x"})", "application/json");
    QVERIFY2(e.hint().contains(hintContains), qPrintable(e.hint()));
    QVERIFY(e.displayText().contains(e.hint()));
}

void TestErrorParser::excerpt()
{
    QCOMPARE(ErrorParser::textExcerpt("<p>a</p>\n\n   <p>b</p>"), u"a b"_s);
    const QString longText = ErrorParser::textExcerpt(QByteArray(1000, 'x'), 50);
    QCOMPARE(longText.size(), 50);
    QVERIFY(longText.endsWith(u'\u2026'));
    QCOMPARE(ErrorParser::textExcerpt("<script>var key='x';</script>Blocked"), u"Blocked"_s);
}

void TestErrorParser::transient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (int s : {409, 502, 503, 504})
        QTest::addRow("%d retried", s) << s << true;
    for (int s : {400, 401, 402, 403, 404, 429, 500})
        QTest::addRow("%d not retried", s) << s << false;
}

void TestErrorParser::transient()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    QCOMPARE(ErrorParser::fromHttp(status, {}).isTransient(), transient);
}

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
