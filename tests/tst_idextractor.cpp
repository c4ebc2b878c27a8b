#include "core/idextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Kind = OpenRequest::Kind;

class TestIdExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void everyIdIsFound_data();
    void everyIdIsFound();
};

void TestIdExtractor::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("id");

    const QString a = u"5f1b2c3d-0000-4000-8000-000000000001"_s;
    const QString r = u"9a8b7c6d-0000-4000-8000-00000000000a"_s;
    QTest::newRow("bare id") << a << Kind::Unknown << a;
    QTest::newRow("bare id, spaces and upper case")
        << u"  5F1B2C3D-0000-4000-8000-000000000001\n"_s << Kind::Unknown << a;
    QTest::newRow("api artifact url") << u"https://us-east-1.recall.ai/api/v1/participant_events/"_s + a + u"/"_s
                                      << Kind::Artifact << a;
    QTest::newRow("api recording url") << u"https://eu-central-1.recall.ai/api/v1/recording/"_s + r + u"/"_s
                                       << Kind::Recording << r;
    QTest::newRow("list url with recording_id")
        << u"https://us-east-1.recall.ai/api/v1/participant_events/?recording_id="_s + r + u"&status_code=done"_s
        << Kind::Recording << r;
    QTest::newRow("percent-encoded") << u"recording_id%3D9a8b7c6d%2D0000%2D4000%2D8000%2D00000000000a"_s
                                     << Kind::Recording << r;
    QTest::newRow("ticket sentence, recording")
        << u"Customer says recording "_s + r + u" has no speakers"_s << Kind::Recording << r;
    QTest::newRow("ticket sentence, artifact")
        << u"artifact: "_s + a + u" (recording "_s + r + u")"_s << Kind::Artifact << a;
    QTest::newRow("first id wins without context") << a + u" and "_s + r << Kind::Unknown << a;
    QTest::newRow("context beats position") << a + u" in recording_id="_s + r << Kind::Recording << r;
    QTest::newRow("download link") << u"https://dl.example/artifacts/"_s + a + u"/speaker_timeline.json?sig=ab"_s
                                   << Kind::Unknown << a;
    QTest::newRow("no id") << u"SUP-48213"_s << Kind::Nothing << QString();
    QTest::newRow("an id cut short is a prefix")
        << u"5f1b2c3d-0000-4000-8000-00000000000"_s << Kind::Prefix << u"5f1b2c3d-0000-4000-8000-00000000000"_s;
    QTest::newRow("short id as the table shows it") << u"342FC7A1"_s << Kind::Prefix << u"342fc7a1"_s;
    QTest::newRow("short id in a sentence") << u"see 342fc7a1, thanks"_s << Kind::Prefix << u"342fc7a1"_s;
    QTest::newRow("a word of hex letters is a word") << u"decade"_s << Kind::Nothing << QString();
    QTest::newRow("part of a longer token") << u"cus_aa5c60c9"_s << Kind::Nothing << QString();
    QTest::newRow("five digits are a ticket number") << u"SUP-48213"_s << Kind::Nothing << QString();
    QTest::newRow("a whole id wins over a short one") << u"342fc7a1 or "_s + a << Kind::Unknown << a;
    QTest::newRow("empty") << QString() << Kind::Nothing << QString();

    const QString b = u"0b07d1e5-0000-4000-8000-0000000000b0"_s;
    QTest::newRow("api bot url") << u"https://us-east-1.recall.ai/api/v1/bot/"_s + b + u"/"_s << Kind::Bot << b;
    QTest::newRow("dashboard bot url") << u"https://us-east-1.recall.ai/dashboard/bots/"_s + b << Kind::Bot << b;
    QTest::newRow("bot_id=") << u"webhook payload: bot_id="_s + b << Kind::Bot << b;
    QTest::newRow("json bot_id") << u"{\"bot_id\": \""_s + b + u"\"}"_s << Kind::Bot << b;
    QTest::newRow("ticket sentence, bot") << u"Our bot "_s + b + u" shows no speakers"_s << Kind::Bot << b;
    QTest::newRow("Bot ID:") << u"Bot ID: "_s + b.toUpper() << Kind::Bot << b;
    QTest::newRow("bot-id") << u"bot-id "_s + b << Kind::Bot << b;
    QTest::newRow("robot is not a bot") << u"robot "_s + b << Kind::Unknown << b;
    QTest::newRow("chatbot is not a bot") << u"chatbot: "_s + b << Kind::Unknown << b;
    QTest::newRow("bot far before the id says nothing") << u"bot said hello to "_s + b << Kind::Unknown << b;
    QTest::newRow("artifact of a bot") << u"bot "_s + b + u", artifact "_s + a << Kind::Bot << b;
    QTest::newRow("recording context wins over a bot before it") << u"bot recording "_s + r << Kind::Recording << r;
    QTest::newRow("a short id after bot stays short") << u"bot 342fc7a1"_s << Kind::Prefix << u"342fc7a1"_s;
}

void TestIdExtractor::parse()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, id);
    const OpenRequest request = IdExtractor::parse(text);
    QCOMPARE(request.kind, kind);
    QCOMPARE(request.id, id);
}

void TestIdExtractor::everyIdIsFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const QString a = u"5f1b2c3d-0000-4000-8000-000000000001"_s;
    const QString r = u"9a8b7c6d-0000-4000-8000-00000000000a"_s;
    QTest::newRow("two bare ids, in order") << a + u" and "_s + r << QStringList {a, r};
    QTest::newRow("the same id twice is one") << a + u" / "_s + a.toUpper() << QStringList {a};
    QTest::newRow("context first") << a + u" in recording_id="_s + r << QStringList {r, a};
    QTest::newRow("two short ids") << u"342fc7a1 or 0635b1a3?"_s << QStringList {u"342fc7a1"_s, u"0635b1a3"_s};
    QTest::newRow("none") << u"nothing here"_s << QStringList {};
    const QString b = u"0b07d1e5-0000-4000-8000-0000000000b0"_s;
    QTest::newRow("bot first, in text order")
        << a + u" from bot "_s + b + u" in recording "_s + r << QStringList {b, r, a};
}

void TestIdExtractor::everyIdIsFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QStringList found;
    const QList<OpenRequest> all = IdExtractor::parseAll(text);
    for (const OpenRequest &request : all)
        found.append(request.id);
    QCOMPARE(found, ids);
    QCOMPARE(IdExtractor::parse(text), all.value(0));
}

QTEST_GUILESS_MAIN(TestIdExtractor)
#include "tst_idextractor.moc"
