#include "core/filtersettings.h"
#include "testsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFilterSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void lastFilterPersists();
    void savedFilters();
    void recentArtifacts();
};

void TestFilterSettings::initTestCase()
{
    useTestSettings(u"tst_filtersettings"_s);
}

void TestFilterSettings::init()
{
    QSettings().clear();
}

void TestFilterSettings::roundTrip()
{
    ListFilter f;
    f.recordingId = u"9a8b7c6d-0000-4000-8000-00000000000a"_s;
    f.statusCode = u"failed"_s;
    f.createdAfter = QDateTime(QDate(2025, 7, 1), QTime(8, 30, 0, 5), Qt::UTC);
    f.createdBefore = QDateTime(QDate(2025, 7, 2), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    const ListFilter back = FilterSettings::fromVariant(FilterSettings::toVariant(f));
    QCOMPARE(back.recordingId, f.recordingId);
    QCOMPARE(back.statusCode, f.statusCode);
    QCOMPARE(back.createdAfter, f.createdAfter);
    QCOMPARE(back.createdBefore.toMSecsSinceEpoch(), f.createdBefore.toMSecsSinceEpoch());
    QVERIFY(FilterSettings::fromVariant({}).isEmpty());
}

void TestFilterSettings::lastFilterPersists()
{
    ListFilter f;
    f.statusCode = u"done"_s;
    FilterSettings::setLastFilter(f);
    QSettings().sync();
    QCOMPARE(FilterSettings::lastFilter().statusCode, u"done"_s);
}

void TestFilterSettings::savedFilters()
{
    ListFilter failed;
    failed.statusCode = u"failed"_s;
    ListFilter done;
    done.statusCode = u"done"_s;
    FilterSettings::saveFilter(u"Failed"_s, failed);
    FilterSettings::saveFilter(u"Done"_s, done);
    FilterSettings::saveFilter(u"Failed"_s, done); // replaces, keeps one entry
    auto saved = FilterSettings::savedFilters();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).name, u"Done"_s);
    QCOMPARE(saved.at(1).name, u"Failed"_s);
    QCOMPARE(saved.at(1).filter.statusCode, u"done"_s);
    FilterSettings::removeSavedFilter(u"Done"_s);
    saved = FilterSettings::savedFilters();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).name, u"Failed"_s);
}

void TestFilterSettings::recentArtifacts()
{
    QSettings().clear();
    const auto artifact = [](const QString &id) {
        Artifact a;
        a.id = id;
        a.status.code = u"done"_s;
        a.createdAt = QDateTime(QDate(2025, 7, 16), QTime(21, 17, 42, 123), QTimeZone::utc());
        return a;
    };
    const auto ids = [](const QList<FilterSettings::RecentArtifact> &recent) {
        QStringList list;
        for (const auto &r : recent)
            list.append(r.id);
        return list;
    };
    for (int i = 0; i < 5; ++i)
        FilterSettings::addRecentArtifact(u"eu"_s, artifact(QString::number(i)), 3);
    QCOMPARE(ids(FilterSettings::recentArtifacts(u"eu"_s)), (QStringList {u"4"_s, u"3"_s, u"2"_s}));
    FilterSettings::addRecentArtifact(u"eu"_s, artifact(u"2"_s), 3);
    QCOMPARE(ids(FilterSettings::recentArtifacts(u"eu"_s)), (QStringList {u"2"_s, u"4"_s, u"3"_s}));
    // Status and creation time come back as they were kept.
    const FilterSettings::RecentArtifact first = FilterSettings::recentArtifacts(u"eu"_s).constFirst();
    QCOMPARE(first.statusCode, u"done"_s);
    QCOMPARE(first.createdAt, artifact(u"2"_s).createdAt);
    // Each connection has its own list, whatever characters its id holds.
    FilterSettings::addRecentArtifact(u"us/../eu"_s, artifact(u"9"_s));
    QCOMPARE(ids(FilterSettings::recentArtifacts(u"us/../eu"_s)), QStringList {u"9"_s});
    QCOMPARE(ids(FilterSettings::recentArtifacts(u"eu"_s)).size(), 3);
    QVERIFY(FilterSettings::recentArtifacts(u"another"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestFilterSettings)
#include "tst_filtersettings.moc"
