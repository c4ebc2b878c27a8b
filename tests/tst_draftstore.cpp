// Unsaved edits on disk: what is written comes back exactly, and a damaged file never hides the rest.
#include "edit/draftstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestDraftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryValue();
    void oneFilePerConnectionAndArtifact();
    void damagedFilesAreReportedNotFatal();
    void removeForgets();

private:
    static DraftStore::Draft draft(const QString &connection, const QString &artifact, int minute);
};

DraftStore::Draft TestDraftStore::draft(const QString &connection, const QString &artifact, int minute)
{
    DraftStore::Draft d;
    d.connection = connection;
    d.artifactId = artifact;
    d.savedAt = QDateTime(QDate(2026, 12, 2), QTime(18, minute, 7, 123), QTimeZone::utc());
    d.base = {{u"ticket"_s, MetadataValue(u"SUP-1"_s)}, {u"score"_s, MetadataValue::rawJson(u"0.1"_s)},
        {u"gone"_s, MetadataValue(std::nullopt)}};
    d.edited = {{u"ticket"_s, MetadataValue(u"SUP-2\nsecond line"_s)},
        {u"score"_s, MetadataValue::rawJson(u"12345678901234567890"_s)}, {u"Prüfstatus"_s, MetadataValue(QString())}};
    return d;
}

void TestDraftStore::roundTripKeepsEveryValue()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    const DraftStore::Draft d = draft(u"eu-profile"_s, u"5ef4b4e1-0000-4000-8000-000000000001"_s, 5);
    QString why;
    QVERIFY2(store.save(d, &why), qPrintable(why));
    const DraftStore::Listing listing = store.list();
    QVERIFY(listing.unreadable.isEmpty());
    QCOMPARE(listing.drafts.size(), 1);
    QCOMPARE(listing.drafts.constFirst(), d); // raw numbers, nulls, newlines and unicode as they were

    // A raw value the server wrote over several lines, and a recording's draft beside the artifact's.
    DraftStore::Draft recording = d;
    recording.target = DraftStore::Target::Recording;
    recording.base.insert(u"nested"_s, MetadataValue::rawJson(u"{\n  \"a\": [1,\n 2]\n}"_s));
    QVERIFY(store.save(recording));
    const DraftStore::Listing both = store.list();
    QVERIFY(both.unreadable.isEmpty());
    QCOMPARE(both.drafts.size(), 2);
    QVERIFY(both.drafts.contains(recording));
    QVERIFY(both.drafts.contains(d));
    store.remove(d.connection, d.artifactId, DraftStore::Target::Recording);
    QCOMPARE(store.list().drafts, QList<DraftStore::Draft> {d});
}

void TestDraftStore::oneFilePerConnectionAndArtifact()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(draft(u"a"_s, u"x"_s, 9)));
    QVERIFY(store.save(draft(u"b"_s, u"x"_s, 3)));
    DraftStore::Draft again = draft(u"a"_s, u"x"_s, 10);
    again.edited.insert(u"new"_s, MetadataValue(u"v"_s));
    QVERIFY(store.save(again)); // replaces a/x
    // Ids never become paths: "../" stays inside the folder.
    QVERIFY(store.save(draft(u"../../etc"_s, u"../passwd"_s, 1)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    const DraftStore::Listing listing = store.list();
    QCOMPARE(listing.drafts.size(), 3);
    QCOMPARE(listing.drafts.at(0).connection, u"../../etc"_s); // oldest first
    QCOMPARE(listing.drafts.at(2), again);
}

void TestDraftStore::damagedFilesAreReportedNotFatal()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(draft(u"a"_s, u"x"_s, 1)));
    QVERIFY(store.save(draft(u"a"_s, u"y"_s, 2)));
    // Cut one short, as a crash in the middle of a write would (QSaveFile prevents it; a disk may not).
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QFile cut(QDir(dir.path()).filePath(files.constFirst()));
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.resize(cut.size() / 2));
    cut.close();
    QFile garbage(QDir(dir.path()).filePath(u"zz.draft"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("\xff\xfe not a draft");
    garbage.close();
    const DraftStore::Listing listing = store.list();
    QCOMPARE(listing.drafts.size(), 1);
    QCOMPARE(listing.unreadable.size(), 2);
    for (const DraftStore::Unreadable &u : listing.unreadable)
        QVERIFY(!u.reason.isEmpty() && QFile::exists(u.filePath));
}

void TestDraftStore::removeForgets()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(draft(u"a"_s, u"x"_s, 1)));
    store.remove(u"a"_s, u"x"_s);
    QVERIFY(store.list().drafts.isEmpty());
    store.remove(u"a"_s, u"never saved"_s); // nothing to remove: nothing happens
    QVERIFY(store.list().unreadable.isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
