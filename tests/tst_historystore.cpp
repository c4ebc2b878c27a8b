// The local history of saves: what is recorded comes back exactly, newest first, within both limits,
// and a damaged file costs only its damaged saves.
#include "edit/historystore.h"
#include "testsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using Entry = HistoryStore::Entry;
using TargetKind = HistoryStore::TargetKind;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryValue();
    void newestFirstAndFilteredByTarget();
    void capPerArtifactDropsOldest();
    void folderBudgetDropsOldestOfAnyArtifact();
    void damagedLinesAreReportedNotFatal();
    void connectionsAndArtifactsKeptApart();
    void noKeyIsStored();
    void defaultFolderIsAppData();

private:
    static Entry entry(
        const QString &connection, const QString &artifact, int minute, TargetKind kind = TargetKind::Artifact);
    static QStringList files(const QTemporaryDir &dir) { return QDir(dir.path()).entryList(QDir::Files); }
};

Entry TestHistoryStore::entry(const QString &connection, const QString &artifact, int minute, TargetKind kind)
{
    Entry e;
    e.connection = connection;
    e.artifactId = artifact;
    e.target = {kind, kind == TargetKind::Artifact ? artifact : u"rec-"_s + artifact};
    e.savedAt = QDateTime(QDate(2026, 12, 2), QTime(18, 0, 7, 123), QTimeZone::utc()).addSecs(minute * 60);
    e.before = {{u"ticket"_s, MetadataValue(u"SUP-%1"_s.arg(minute))}, {u"team"_s, MetadataValue(u"support"_s)}};
    e.after = {{u"ticket"_s, MetadataValue(u"SUP-%1"_s.arg(minute + 1))}, {u"team"_s, MetadataValue(std::nullopt)}};
    return e;
}

void TestHistoryStore::roundTripKeepsEveryValue()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    Entry e = entry(u"EU – support"_s, u"5ef4b4e1-0000-4000-8000-000000000001"_s, 5, TargetKind::Recording);
    e.before
        = {{u"Prüfstatus"_s, MetadataValue(u"geprüft ✓ 日本語 🙂"_s)}, {u"gone"_s, MetadataValue(std::nullopt)},
            {u"empty"_s, MetadataValue(QString())}, {u"big"_s, MetadataValue::rawJson(u"12345678901234567890"_s)},
            {u"quote \"and\" \\slash"_s, MetadataValue(u"tab\there\nnew line\r\u0001"_s)}};
    e.after = {{u"long"_s, MetadataValue(QString(500, u'é'))}, {u"score"_s, MetadataValue::rawJson(u"0.10"_s)},
        // JSON allows line breaks inside a list; a raw value must not split the file's lines.
        {u"list"_s, MetadataValue::rawJson(u"[1,\n 2.50, {\"a\": true}]"_s)}, {QString(), MetadataValue(u"x"_s)}};
    QString why;
    QVERIFY2(store.record(e, &why), qPrintable(why));
    const HistoryStore::Listing listing = store.entries(e.connection, e.artifactId);
    QVERIFY(listing.unreadable.isEmpty());
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.constFirst(), e);
    QCOMPARE(listing.entries.constFirst().savedAt.timeSpec(), Qt::UTC);
}

void TestHistoryStore::newestFirstAndFilteredByTarget()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    // Recorded out of time order (a clock set back): the list follows the times, newest first.
    QVERIFY(store.record(entry(u"c"_s, u"a1"_s, 10)));
    QVERIFY(store.record(entry(u"c"_s, u"a1"_s, 30, TargetKind::Recording)));
    QVERIFY(store.record(entry(u"c"_s, u"a1"_s, 20)));
    const QList<Entry> all = store.entries(u"c"_s, u"a1"_s).entries;
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0), entry(u"c"_s, u"a1"_s, 30, TargetKind::Recording));
    QCOMPARE(all.at(1), entry(u"c"_s, u"a1"_s, 20));
    QCOMPARE(all.at(2), entry(u"c"_s, u"a1"_s, 10));
    const QList<Entry> artifactOnly = store.entries(u"c"_s, u"a1"_s, TargetKind::Artifact).entries;
    QCOMPARE(artifactOnly.size(), 2);
    QCOMPARE(artifactOnly.at(0).savedAt, all.at(1).savedAt);
    const QList<Entry> recordingOnly = store.entries(u"c"_s, u"a1"_s, TargetKind::Recording).entries;
    QCOMPARE(recordingOnly, QList<Entry> {all.at(0)});
    QCOMPARE(files(dir).size(), 1); // both targets of one artifact share its file
    // Same time twice: the one recorded last is listed first.
    Entry again = entry(u"c"_s, u"a1"_s, 30);
    again.after.insert(u"new"_s, MetadataValue(u"v"_s));
    QVERIFY(store.record(again));
    QCOMPARE(store.entries(u"c"_s, u"a1"_s).entries.constFirst(), again);
}

void TestHistoryStore::capPerArtifactDropsOldest()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path(), {3, 5 * 1024 * 1024});
    QVERIFY(store.record(entry(u"c"_s, u"other"_s, 0)));
    for (int minute = 1; minute <= 5; ++minute)
        QVERIFY(store.record(entry(u"c"_s, u"a1"_s, minute)));
    const QList<Entry> kept = store.entries(u"c"_s, u"a1"_s).entries;
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).savedAt, entry(u"c"_s, u"a1"_s, 5).savedAt);
    QCOMPARE(kept.at(2).savedAt, entry(u"c"_s, u"a1"_s, 3).savedAt);
    QCOMPARE(store.entries(u"c"_s, u"other"_s).entries.size(), 1); // the cap is per artifact
}

void TestHistoryStore::folderBudgetDropsOldestOfAnyArtifact()
{
    QTemporaryDir measureDir;
    HistoryStore measure(measureDir.path());
    QVERIFY(measure.record(entry(u"c"_s, u"a1"_s, 1)));
    const qint64 lineSize = measure.folderSize(); // every entry below has the same size
    QVERIFY(lineSize > 100);

    QTemporaryDir dir;
    HistoryStore store(dir.path(), {50, lineSize * 4 + lineSize / 2}); // room for four saves
    // Interleaved artifacts: a1 at minutes 1, 3, 5, 7; a2 at 2, 4, 6.
    for (int minute = 1; minute <= 7; ++minute)
        QVERIFY(store.record(entry(u"c"_s, minute % 2 ? u"a1"_s : u"a2"_s, minute)));
    QVERIFY2(store.folderSize() <= store.limits().folderBytes, qPrintable(QString::number(store.folderSize())));
    const QList<Entry> a1 = store.entries(u"c"_s, u"a1"_s).entries;
    const QList<Entry> a2 = store.entries(u"c"_s, u"a2"_s).entries;
    QCOMPARE(a1.size() + a2.size(), 4);
    QList<QDateTime> times;
    for (const Entry &e : a1 + a2)
        times.append(e.savedAt);
    std::sort(times.begin(), times.end());
    QCOMPARE(times.constFirst(), entry(u"c"_s, u"a1"_s, 4).savedAt); // minutes 1 to 3 went, 4 to 7 stayed
    QCOMPARE(times.constLast(), entry(u"c"_s, u"a1"_s, 7).savedAt);

    // An artifact whose every save went has no file left.
    HistoryStore tight(dir.path(), {50, lineSize + lineSize / 2});
    QVERIFY(tight.record(entry(u"c"_s, u"a3"_s, 8)));
    QCOMPARE(files(dir).size(), 1);
    QCOMPARE(tight.entries(u"c"_s, u"a3"_s).entries.size(), 1);
    // The save just recorded stays even when it alone is over the budget.
    HistoryStore tiny(dir.path(), {50, 10});
    QVERIFY(tiny.record(entry(u"c"_s, u"a4"_s, 9)));
    QCOMPARE(tiny.entries(u"c"_s, u"a4"_s).entries.size(), 1);
    QCOMPARE(tiny.entries(u"c"_s, u"a3"_s).entries.size(), 0);
}

void TestHistoryStore::damagedLinesAreReportedNotFatal()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    for (int minute = 1; minute <= 4; ++minute)
        QVERIFY(store.record(entry(u"c"_s, u"a1"_s, minute)));
    const QString path = QDir(dir.path()).filePath(files(dir).constFirst());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QCOMPARE(lines.size(), 5); // four lines and the final newline
    lines[1] = "\xff\xfe not a save {";
    // The last save cut in the middle, as a full disk or a crash outside QSaveFile would leave it.
    lines[3] = lines[3].left(lines[3].size() / 2);
    lines.removeLast();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();

    HistoryStore::Listing listing = store.entries(u"c"_s, u"a1"_s);
    QCOMPARE(listing.entries.size(), 2);
    QCOMPARE(listing.entries.at(0), entry(u"c"_s, u"a1"_s, 3));
    QCOMPARE(listing.entries.at(1), entry(u"c"_s, u"a1"_s, 1));
    QCOMPARE(listing.unreadable.size(), 2);
    QCOMPARE(listing.unreadable.at(0).line, 2);
    QCOMPARE(listing.unreadable.at(1).line, 4);
    for (const HistoryStore::Unreadable &u : std::as_const(listing.unreadable))
        QVERIFY(u.filePath == path && !u.reason.isEmpty());

    // Recording goes on after the cut line; the damaged lines stay until they age out.
    QVERIFY(store.record(entry(u"c"_s, u"a1"_s, 5)));
    listing = store.entries(u"c"_s, u"a1"_s);
    QCOMPARE(listing.entries.size(), 3);
    QCOMPARE(listing.entries.constFirst(), entry(u"c"_s, u"a1"_s, 5));
    QCOMPARE(listing.unreadable.size(), 2);

    // A file that is nothing but garbage: no entries, one report per line, no crash.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("\0\0\0", 3));
    file.close();
    listing = store.entries(u"c"_s, u"a1"_s);
    QVERIFY(listing.entries.isEmpty());
    QCOMPARE(listing.unreadable.size(), 1);
}

void TestHistoryStore::connectionsAndArtifactsKeptApart()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QVERIFY(store.record(entry(u"eu"_s, u"a1"_s, 1)));
    QVERIFY(store.record(entry(u"us"_s, u"a1"_s, 2)));
    QVERIFY(store.record(entry(u"eu"_s, u"a2"_s, 3)));
    // Ids never become paths: "../" stays inside the folder.
    QVERIFY(store.record(entry(u"../../etc"_s, u"../passwd"_s, 4)));
    QCOMPARE(files(dir).size(), 4);
    QCOMPARE(store.entries(u"eu"_s, u"a1"_s).entries, QList<Entry> {entry(u"eu"_s, u"a1"_s, 1)});
    QCOMPARE(store.entries(u"us"_s, u"a1"_s).entries, QList<Entry> {entry(u"us"_s, u"a1"_s, 2)});
    QCOMPARE(store.entries(u"eu"_s, u"a2"_s).entries, QList<Entry> {entry(u"eu"_s, u"a2"_s, 3)});
    QCOMPARE(store.entries(u"../../etc"_s, u"../passwd"_s).entries.size(), 1);
    QVERIFY(store.entries(u"us"_s, u"a2"_s).entries.isEmpty());
    QVERIFY(store.entries(u"us"_s, u"a2"_s).unreadable.isEmpty());
}

void TestHistoryStore::noKeyIsStored()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QVERIFY(store.record(entry(u"eu"_s, u"a1"_s, 1)));
    QVERIFY(store.record(entry(u"eu"_s, u"a1"_s, 2, TargetKind::Recording)));
    // Each line holds exactly these fields: a field added later (a key, a token, a URL) fails here.
    const QStringList expected {
        u"after"_s, u"artifact"_s, u"before"_s, u"connection"_s, u"saved_at"_s, u"target"_s, u"target_id"_s, u"v"_s};
    const QStringList names = files(dir);
    QCOMPARE(names.size(), 1);
    QFile file(QDir(dir.path()).filePath(names.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("Token") && !content.contains("Authorization") && !content.contains("http"));
    for (const QByteArray &line : content.trimmed().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(object.value("connection"_L1).toString(), u"eu"_s);
    }
}

void TestHistoryStore::defaultFolderIsAppData()
{
    useTestSettings(u"tst_historystore"_s);
    const HistoryStore store;
    QCOMPARE(store.folder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history"_s);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
