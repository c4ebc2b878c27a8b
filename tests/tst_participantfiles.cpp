#include "timeline/participantfiles.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray person(int id, QByteArray name = "\"Dana\"", QByteArray rest = R"(,"is_host":false,"platform":"desktop")")
{
    return R"({"id":)" + QByteArray::number(id) + R"(,"name":)" + name + rest + '}';
}

QByteArray eventJson(QByteArray action, QByteArray participant, QByteArray timestamp, QByteArray data = "null",
    QByteArray id = "\"5b9d7e40-0001\"")
{
    return R"({"id":)" + id + R"(,"action":)" + action + R"(,"participant":)" + participant + R"(,"timestamp":)"
        + timestamp + R"(,"data":)" + data + '}';
}

const QByteArray stamp = R"({"absolute":"2025-07-17T00:00:09.730066Z","relative":4.5})";

QByteArray list(const QList<QByteArray> &items)
{
    return '[' + items.join(',') + ']';
}

// "id name email extra | ...": what a participants test compares.
QString dump(const ParticipantsFile &file)
{
    QStringList rows;
    for (qsizetype i = 0; i < file.participants.size(); ++i) {
        const TimelineParticipant &p = file.participants.at(i);
        const ParticipantsFile::Details &d = file.details.at(i);
        rows.append(QString::number(p.id) + u' ' + p.name.value_or(u"null"_s) + u' ' + d.email.value_or(u"-"_s) + u' '
            + QString::fromUtf8(d.extraData.isEmpty() ? QByteArray("-") : d.extraData));
    }
    return rows.join(u" | "_s);
}

// "action@relative/absoluteUs by id [chat: text -> to] | ...": what an events test compares.
QString dump(const ParticipantEventsFile &file)
{
    QStringList rows;
    for (const ParticipantEvent &e : file.events) {
        QString row = file.actionName(e) + u'@' + (e.hasRelative ? QString::number(e.relative) : u"-"_s) + u'/'
            + (e.hasAbsolute ? QString::number(e.absoluteUs) : u"-"_s) + u" by "_s
            + QString::number(file.participants.at(e.participant).id);
        if (e.action == ParticipantEvent::Action::ChatMessage) {
            const ParticipantEventsFile::Chat &chat = file.chats.at(e.detail);
            row += u" [" + chat.text + u" -> " + chat.to + u']';
        }
        rows.append(row);
    }
    return rows.join(u" | "_s);
}

} // namespace

class TestParticipantFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void participants_data();
    void participants();
    void events_data();
    void events();
    void broken_data();
    void broken();
    void eventIdsAreReadLazily();
    void windowsGiveTheSameResult();
};

void TestParticipantFiles::participants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("duplicates");

    QTest::newRow("empty array") << QByteArray(" [ ] ") << QString() << 0 << 0;
    QTest::newRow("one, no email member") << list({person(1)}) << u"1 Dana - -"_s << 0 << 0;
    QTest::newRow("null name") << list({person(2, "null")}) << u"2 null - -"_s << 0 << 0;
    QTest::newRow("missing name") << list({R"({"id":2})"}) << u"2 null - -"_s << 0 << 0;
    QTest::newRow("email null and set") << list(
        {person(1, "\"A\"", R"(,"email":null)"), person(2, "\"B\"", R"(,"email":"b@example.com")")})
                                        << u"1 A - - | 2 B b@example.com -"_s << 0 << 0;
    QTest::newRow("extra_data variants")
        << list({person(1, "\"A\"", R"(,"extra_data":null)"),
               person(2, "\"B\"", R"(,"extra_data":{"zoom":{"user_id":"16778240"}})"),
               person(3, "\"C\"", R"(,"extra_data":{"microsoft_teams":{}})"),
               person(4, "\"D\"", R"(,"extra_data": { "google_meet" : {"static_participant_id":"x]}"} } )")})
        << uR"(1 A - - | 2 B - {"zoom":{"user_id":"16778240"}} | 3 C - {"microsoft_teams":{}} | 4 D - { "google_meet" : {"static_participant_id":"x]}"} })"_s
        << 0 << 0;
    QTest::newRow("non-ASCII names") << list({person(1, u"\"Zoë 会議 📬\""_s.toUtf8()), person(2, R"("A\u00e9")")})
                                     << u"1 Zoë 会議 📬 - - | 2 Aé - -"_s << 0 << 0;
    QTest::newRow("repeated id keeps the first")
        << list({person(1, "\"A\""), person(1, "\"B\"")}) << u"1 A - -"_s << 0 << 1;
    QTest::newRow("wrong types skipped and counted")
        << list({person(1), "42", "null", R"({"name":"no id"})", R"({"id":"7"})", R"({"id":1.5})", person(2)})
        << u"1 Dana - - | 2 Dana - -"_s << 5 << 0;
    QTest::newRow("BOM and pretty-printing")
        << "\xEF\xBB\xBF[\n  {\n    \"name\": \"A\",\n    \"id\": 9\n  }\n]\n"_ba << u"9 A - -"_s << 0 << 0;
}

void TestParticipantFiles::participants()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(int, skipped);
    QFETCH(int, duplicates);
    const ParticipantFilesParser::ParticipantsResult result = ParticipantFilesParser::parseParticipants(json);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : u"cancelled"_s));
    QCOMPARE(dump(result.file), expected);
    QCOMPARE(result.skipped, skipped);
    QCOMPARE(result.skipExamples.size(), std::min<qsizetype>(skipped, TimelineParser::maxSkipExamples));
    for (const QString &example : result.skipExamples)
        QVERIFY2(example.startsWith(u"participant "_s) && example.contains(u"(byte "_s), qPrintable(example));
    QCOMPARE(result.file.duplicates, duplicates);
}

void TestParticipantFiles::events_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("skipped");

    const QByteArray dana = person(100);
    QTest::newRow("empty array") << QByteArray("[]") << QString() << 0;
    QTest::newRow("speech on") << list({eventJson("\"speech_on\"", dana, stamp)})
                               << u"speech_on@4.5/1752710409730066 by 100"_s << 0;
    QTest::newRow("every known action")
        << list({eventJson("\"join\"", dana, stamp), eventJson("\"leave\"", dana, stamp),
               eventJson("\"update\"", dana, stamp), eventJson("\"webcam_on\"", dana, stamp),
               eventJson("\"webcam_off\"", dana, stamp), eventJson("\"screenshare_on\"", dana, stamp),
               eventJson("\"screenshare_off\"", dana, stamp), eventJson("\"speech_off\"", dana, stamp)})
        << u"join@4.5/1752710409730066 by 100 | leave@4.5/1752710409730066 by 100 | "
           u"update@4.5/1752710409730066 by 100 | webcam_on@4.5/1752710409730066 by 100 | "
           u"webcam_off@4.5/1752710409730066 by 100 | "
           u"screenshare_on@4.5/1752710409730066 by 100 | "
           u"screenshare_off@4.5/1752710409730066 by 100 | "
           u"speech_off@4.5/1752710409730066 by 100"_s
        << 0;
    QTest::newRow("unknown actions kept as sent")
        << list({eventJson("\"raise_hand\"", dana, stamp), eventJson("\"raise_hand\"", dana, stamp),
               eventJson("\"breakout_join\"", dana, stamp)})
        << u"raise_hand@4.5/1752710409730066 by 100 | raise_hand@4.5/1752710409730066 by 100 | "
           u"breakout_join@4.5/1752710409730066 by 100"_s
        << 0;
    QTest::newRow("epoch-number absolute, no relative")
        << list({eventJson("\"join\"", dana, R"({"absolute":1752710441.118204})")})
        << u"join@-/1752710441118204 by 100"_s << 0;
    QTest::newRow("negative relative, null absolute")
        << list({eventJson("\"join\"", dana, R"({"absolute":null,"relative":-2.25})")}) << u"join@-2.25/- by 100"_s
        << 0;
    QTest::newRow("chat message") << list(
        {eventJson("\"chat_message\"", dana, stamp, R"({"text":"Hallo \"alle\" 👋","to":"everyone"})"),
            eventJson("\"chat_message\"", dana, stamp, R"({"to":"only_bot","text":"hi"})")})
                                  << u"chat_message@4.5/1752710409730066 by 100 [Hallo \"alle\" 👋 -> everyone] | "
                                     u"chat_message@4.5/1752710409730066 by 100 [hi -> only_bot]"_s
                                  << 0;
    QTest::newRow("participants of events: null name, non-ASCII")
        << list(
               {eventJson("\"join\"", person(7, "null"), stamp), eventJson("\"join\"", person(8, "\"Jürgen\""), stamp)})
        << u"join@4.5/1752710409730066 by 7 | join@4.5/1752710409730066 by 8"_s << 0;

    const QByteArray good = eventJson("\"join\"", dana, stamp);
    const auto wrong = [&](const char *name, const QByteArray &bad) {
        QTest::newRow(name) << list({good, bad, good})
                            << u"join@4.5/1752710409730066 by 100 | join@4.5/1752710409730066 by 100"_s << 1;
    };
    wrong("event is a number", "3");
    wrong("action missing", R"({"id":"x","participant":)" + dana + R"(,"timestamp":)" + stamp + "}");
    wrong("action is a number", eventJson("5", dana, stamp));
    wrong("id missing", R"({"action":"join","participant":)" + dana + R"(,"timestamp":)" + stamp + "}");
    wrong("id is a number", eventJson("\"join\"", dana, stamp, "null", "12"));
    wrong("participant is text", eventJson("\"join\"", "\"Dana\"", stamp));
    wrong("participant without id", eventJson("\"join\"", R"({"name":"Dana"})", stamp));
    wrong("timestamp null", eventJson("\"join\"", dana, "null"));
    wrong("timestamp without any time", eventJson("\"join\"", dana, R"({"absolute":"yesterday","relative":null})"));
    wrong("chat data is text", eventJson("\"chat_message\"", dana, stamp, "\"hello\""));
}

void TestParticipantFiles::events()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(int, skipped);
    const ParticipantFilesParser::EventsResult result = ParticipantFilesParser::parseEvents(json);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : u"cancelled"_s));
    QCOMPARE(dump(result.file), expected);
    QCOMPARE(result.skipped, skipped);
    for (const QString &example : result.skipExamples)
        QVERIFY2(example.startsWith(u"event 1 (byte "_s), qPrintable(example));
    // Skipped chat messages leave no chat behind.
    qsizetype chats = 0;
    for (const ParticipantEvent &e : result.file.events)
        chats += e.action == ParticipantEvent::Action::ChatMessage;
    QCOMPARE(result.file.chats.size(), chats);
}

void TestParticipantFiles::broken_data()
{
    QTest::addColumn<bool>("events");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kept");

    const QByteArray e = eventJson("\"join\"", person(1), stamp);
    const QByteArray p = person(1);
    QTest::newRow("events: empty file") << true << QByteArray() << u"the file is empty: expected '[' at byte 0"_s << 0;
    QTest::newRow("events: an object") << true << QByteArray("{}") << u"expected '[' (a list of events) at byte 0"_s
                                       << 0;
    QTest::newRow("participants: an object")
        << false << QByteArray(" {}") << u"expected '[' (a list of participants) at byte 1"_s << 0;
    QTest::newRow("events: truncated in the second")
        << true << list({e, e}).left(e.size() + 20)
        << u"the file ends early: expected '\"' to close a text at byte %1"_s.arg(e.size() + 20) << 1;
    QTest::newRow("events: last ']' missing")
        << true << list({e, e}).chopped(1)
        << u"the file ends early: expected ',' or ']' at byte %1"_s.arg(2 * e.size() + 2) << 2;
    QTest::newRow("participants: truncated in a name")
        << false << list({p, p}).left(p.size() + 12)
        << u"the file ends early: expected '\"' to close a text at byte %1"_s.arg(p.size() + 12) << 1;
    QTest::newRow("participants: missing comma")
        << false << '[' + p + ' ' + person(2) + ']' << u"expected ',' or ']' at byte %1"_s.arg(p.size() + 2) << 1;
}

void TestParticipantFiles::broken()
{
    QFETCH(bool, events);
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(int, kept);
    const FileParseReport report = events ? FileParseReport(ParticipantFilesParser::parseEvents(json))
                                          : FileParseReport(ParticipantFilesParser::parseParticipants(json));
    QVERIFY(report.error);
    QCOMPARE(report.error->message, message);
    if (events)
        QCOMPARE(qsizetype(ParticipantFilesParser::parseEvents(json).file.events.size()), kept);
    else
        QCOMPARE(ParticipantFilesParser::parseParticipants(json).file.participants.size(), kept);
}

void TestParticipantFiles::eventIdsAreReadLazily()
{
    const QByteArray json = list({eventJson("\"join\"", person(1), stamp, "null", R"("a\u0062c")"),
        eventJson("\"leave\"", person(1), stamp, "null", "\"5b9d7e40-0002\"")});
    const ParticipantFilesParser::EventsResult result = ParticipantFilesParser::parseEvents(json);
    QVERIFY(result.ok());
    QCOMPARE(result.file.eventId(0), u"abc"_s);
    QCOMPARE(result.file.eventId(1), u"5b9d7e40-0002"_s);
    QCOMPARE(result.file.eventId(2), QString());
}

void TestParticipantFiles::windowsGiveTheSameResult()
{
    QList<QByteArray> items;
    for (int i = 0; i < 500; ++i) {
        const QByteArray who = person(i % 9, i % 4 ? "\"A, {B}\"" : "\"x\\\"]\"");
        items.append(i % 50 == 7 ? QByteArray("17") : eventJson(i % 3 ? "\"speech_on\"" : "\"odd_one\"", who, stamp));
    }
    const QByteArray json = list(items);
    const ParticipantFilesParser::EventsResult whole = ParticipantFilesParser::parseEvents(json);
    QVERIFY(whole.ok());
    QCOMPARE(whole.skipped, 10);
    for (const qsizetype window : {1, 7, 333, 4096}) {
        TimelineParser::Options options;
        options.windowBytes = window;
        const ParticipantFilesParser::EventsResult windowed = ParticipantFilesParser::parseEvents(json, options);
        QVERIFY(windowed.ok());
        QCOMPARE(dump(windowed.file), dump(whole.file));
        QCOMPARE(windowed.skipExamples, whole.skipExamples);
        QCOMPARE(windowed.file.source.left(json.size()), json); // the bytes the windows wrote to are restored
    }
}

QTEST_GUILESS_MAIN(TestParticipantFiles)
#include "tst_participantfiles.moc"
