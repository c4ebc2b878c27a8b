// The quick filter and the status filter over a loaded demo workspace, and sorting by SortRole.
// Expected rows are computed from the list model's Artifacts, independently of SearchTextRole.
#include "core/timeformat.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "models/textsearch.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
enum class Oracle { All, Contains, StatusIn };

// Every column's text of one artifact, as a user reads it (full ids).
QStringList columnTexts(const Artifact &a)
{
    return {a.status.code, a.id, a.recording.id, TimeFormat::local(a.createdAt), TimeFormat::local(a.status.updatedAt),
        a.status.subCode.value_or(QString()), metadataSummary(a.metadata)};
}
} // namespace

Q_DECLARE_METATYPE(Oracle)
Q_DECLARE_METATYPE(ArtifactFilterProxyModel::RefilterMode)

class TestArtifactFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void quickFilter_data();
    void quickFilter();
    void invalidRegexKeepsPreviousFilter();
    void statusCodes_data();
    void statusCodes();
    void combinedFilters();
    void followsSourceChanges();
    void rowsArrivingWhileFiltered();
    void regexAgreesWithQRegularExpression_data();
    void regexAgreesWithQRegularExpression();
    void sorting_data();
    void sorting();
    void regexHint_data();
    void regexHint();
    void substringSearch_data();
    void substringSearch();

private:
    QSet<QString> proxyIds() const;
    QSet<QString> expectedIds(Oracle oracle, const QString &argument, const QSet<QString> &codes = {}) const;

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<ArtifactListModel> m_model;
    std::unique_ptr<ArtifactFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestArtifactFilterProxyModel::initTestCase_data()
{
    // Every test runs once per way a filter change reaches QSortFilterProxyModel.
    QTest::addColumn<ArtifactFilterProxyModel::RefilterMode>("refilterMode");
    QTest::newRow("automatic") << ArtifactFilterProxyModel::RefilterMode::Automatic;
    QTest::newRow("incremental") << ArtifactFilterProxyModel::RefilterMode::Incremental;
    QTest::newRow("rebuild") << ArtifactFilterProxyModel::RefilterMode::Rebuild;
}

void TestArtifactFilterProxyModel::initTestCase()
{
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    m_model = std::make_unique<ArtifactListModel>(m_client.get());
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(m_model->rowCount(), m_server->artifactCount());
}

void TestArtifactFilterProxyModel::init()
{
    QFETCH_GLOBAL(ArtifactFilterProxyModel::RefilterMode, refilterMode);
    m_proxy = std::make_unique<ArtifactFilterProxyModel>();
    m_proxy->setRefilterMode(refilterMode);
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(ArtifactListModel::CreatedColumn, Qt::DescendingOrder);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestArtifactFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
}

void TestArtifactFilterProxyModel::cleanupTestCase()
{
    m_model.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QSet<QString> TestArtifactFilterProxyModel::proxyIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.insert(m_proxy->index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString());
    return ids;
}

QSet<QString> TestArtifactFilterProxyModel::expectedIds(
    Oracle oracle, const QString &argument, const QSet<QString> &codes) const
{
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Artifact a = m_model->artifact(row);
        if (!codes.isEmpty() && !codes.contains(a.status.code))
            continue;
        bool match = true;
        if (oracle == Oracle::Contains) {
            const QStringList texts = columnTexts(a);
            match = std::any_of(texts.cbegin(), texts.cend(),
                [&argument](const QString &text) { return text.contains(argument, Qt::CaseInsensitive); });
        } else if (oracle == Oracle::StatusIn) {
            match = argument.split(u'|').contains(a.status.code);
        }
        if (match)
            ids.insert(a.id);
    }
    return ids;
}

void TestArtifactFilterProxyModel::quickFilter_data()
{
    QTest::addColumn<QStringList>("patterns"); // typed one after the other; the last one is checked
    QTest::addColumn<Oracle>("oracle");
    QTest::addColumn<QString>("argument");

    const Artifact some = m_model->artifact(17);
    QTest::newRow("empty shows all") << QStringList {u""_s} << Oracle::All << QString();
    QTest::newRow("plain text in metadata") << QStringList {u"Müller GmbH"_s} << Oracle::Contains << u"Müller GmbH"_s;
    QTest::newRow("metadata key") << QStringList {u"customer_id"_s} << Oracle::Contains << u"customer_id"_s;
    QTest::newRow("full artifact id") << QStringList {some.id} << Oracle::Contains << some.id;
    QTest::newRow("short id prefix") << QStringList {some.id.left(8)} << Oracle::Contains << some.id.left(8);
    QTest::newRow("full recording id") << QStringList {some.recording.id} << Oracle::Contains << some.recording.id;
    QTest::newRow("upper case finds lower case") << QStringList {u"SUP-"_s} << Oracle::Contains << u"sup-"_s;
    QTest::newRow("lower case finds upper case") << QStringList {u"sup-"_s} << Oracle::Contains << u"SUP-"_s;
    QTest::newRow("non-ascii case") << QStringList {u"ZOË"_s} << Oracle::Contains << u"zoë"_s;
    QTest::newRow("regex ^done is the status") << QStringList {u"^done"_s} << Oracle::StatusIn << u"done"_s;
    QTest::newRow("regex ^DONE is case-insensitive") << QStringList {u"^DONE"_s} << Oracle::StatusIn << u"done"_s;
    QTest::newRow("regex alternation") << QStringList {u"^(failed|deleted)\\b"_s} << Oracle::StatusIn
                                       << u"failed|deleted"_s;
    QTest::newRow("no match") << QStringList {u"no such text anywhere"_s} << Oracle::Contains
                              << u"no such text anywhere"_s;
    QTest::newRow("narrowing") << QStringList {u"s"_s, u"su"_s, u"sup"_s, u"sup-"_s} << Oracle::Contains << u"sup-"_s;
    QTest::newRow("narrowing then widening")
        << QStringList {u"s"_s, u"su"_s, u"sup"_s, u"sup-"_s, u"sup"_s, u"su"_s} << Oracle::Contains << u"su"_s;
    QTest::newRow("narrowing then other word")
        << QStringList {u"sup"_s, u"supx"_s, u"enterprise"_s} << Oracle::Contains << u"enterprise"_s;
    QTest::newRow("regex then plain") << QStringList {u"^done"_s, u"growth"_s} << Oracle::Contains << u"growth"_s;
    QTest::newRow("cleared after filtering") << QStringList {u"sup-4"_s, u""_s} << Oracle::All << QString();
}

void TestArtifactFilterProxyModel::quickFilter()
{
    QFETCH(QStringList, patterns);
    QFETCH(Oracle, oracle);
    QFETCH(QString, argument);

    QSignalSpy changed(m_proxy.get(), &ArtifactFilterProxyModel::filterChanged);
    for (const QString &pattern : std::as_const(patterns)) {
        QVERIFY(m_proxy->setQuickFilter(pattern));
        QVERIFY(m_proxy->isQuickFilterValid());
        QVERIFY(m_proxy->quickFilterError().isEmpty());
    }
    const QSet<QString> expected = expectedIds(oracle, argument);
    QCOMPARE(proxyIds(), expected);
    QCOMPARE(m_proxy->rowCount(), expected.size());
    if (patterns.last().isEmpty())
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    if (patterns != QStringList {QString()})
        QVERIFY(changed.count() >= 1);
}

void TestArtifactFilterProxyModel::invalidRegexKeepsPreviousFilter()
{
    QVERIFY(m_proxy->setQuickFilter(u"sup-"_s));
    const QSet<QString> before = proxyIds();
    QVERIFY(!before.isEmpty());
    QSignalSpy changed(m_proxy.get(), &ArtifactFilterProxyModel::filterChanged);

    QVERIFY(!m_proxy->setQuickFilter(u"("_s));
    QVERIFY(!m_proxy->isQuickFilterValid());
    QVERIFY(!m_proxy->quickFilterError().isEmpty());
    QCOMPARE(m_proxy->quickFilter(), u"sup-"_s);
    QCOMPARE(proxyIds(), before);
    QCOMPARE(changed.count(), 0);

    QVERIFY(!m_proxy->setQuickFilter(u"sup-4["_s));
    QCOMPARE(proxyIds(), before);
    // The same filter in another case changes nothing but the pattern reported.
    QVERIFY(m_proxy->setQuickFilter(u"SUP-"_s));
    QCOMPARE(m_proxy->quickFilter(), u"SUP-"_s);
    QCOMPARE(proxyIds(), before);

    // The next valid pattern clears the error and applies.
    QVERIFY(m_proxy->setQuickFilter(u"sup-4"_s));
    QVERIFY(m_proxy->isQuickFilterValid());
    QVERIFY(m_proxy->quickFilterError().isEmpty());
    QCOMPARE(proxyIds(), expectedIds(Oracle::Contains, u"sup-4"_s));
    QCOMPARE(changed.count(), 1);
}

void TestArtifactFilterProxyModel::statusCodes_data()
{
    QTest::addColumn<QList<QSet<QString>>>("sets"); // applied one after the other

    using Sets = QList<QSet<QString>>;
    QTest::newRow("none is all") << Sets {{}};
    QTest::newRow("failed") << Sets {{u"failed"_s}};
    QTest::newRow("done and deleted") << Sets {{u"done"_s, u"deleted"_s}};
    QTest::newRow("unknown code") << Sets {{u"archived"_s}};
    QTest::newRow("narrow") << Sets {{u"done"_s, u"failed"_s}, {u"failed"_s}};
    QTest::newRow("widen") << Sets {{u"failed"_s}, {u"done"_s, u"failed"_s}};
    QTest::newRow("other") << Sets {{u"failed"_s}, {u"processing"_s}};
    QTest::newRow("back to all") << Sets {{u"failed"_s}, {}};
}

void TestArtifactFilterProxyModel::statusCodes()
{
    QFETCH(QList<QSet<QString>>, sets);
    for (const QSet<QString> &codes : std::as_const(sets)) {
        m_proxy->setStatusCodes(codes);
        QCOMPARE(m_proxy->statusCodes(), codes);
    }
    QCOMPARE(proxyIds(), expectedIds(Oracle::All, {}, sets.last()));
    const QMap<QString, int> counts = m_model->statusCounts();
    int expectedRows = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        expectedRows += sets.last().isEmpty() || sets.last().contains(it.key()) ? it.value() : 0;
    QCOMPARE(m_proxy->rowCount(), expectedRows);
}

void TestArtifactFilterProxyModel::combinedFilters()
{
    QSignalSpy changed(m_proxy.get(), &ArtifactFilterProxyModel::filterChanged);
    m_proxy->setStatusCodes({u"failed"_s});
    QVERIFY(m_proxy->setQuickFilter(u"recording_too_short"_s));
    QCOMPARE(changed.count(), 2);
    const QSet<QString> both = expectedIds(Oracle::Contains, u"recording_too_short"_s, {u"failed"_s});
    QVERIFY(both.contains(m_server->artifactIdWithQuirk(DemoServer::Quirk::Failed)));
    QCOMPARE(proxyIds(), both);

    QVERIFY(m_proxy->setQuickFilter(u"^failed"_s));
    QCOMPARE(proxyIds(), expectedIds(Oracle::StatusIn, u"failed"_s));
    m_proxy->setStatusCodes({u"done"_s});
    QCOMPARE(m_proxy->rowCount(), 0);

    QVERIFY(m_proxy->setQuickFilter(u"growth"_s));
    QCOMPARE(proxyIds(), expectedIds(Oracle::Contains, u"growth"_s, {u"done"_s}));
    m_proxy->setStatusCodes({});
    QCOMPARE(proxyIds(), expectedIds(Oracle::Contains, u"growth"_s));
    QVERIFY(m_proxy->setQuickFilter({}));
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void TestArtifactFilterProxyModel::followsSourceChanges()
{
    // A row changed at the source is filtered again, with or without narrowing in between.
    QVERIFY(m_proxy->setQuickFilter(u"sup"_s));
    QVERIFY(m_proxy->setQuickFilter(u"sup-"_s));
    const QSet<QString> before = proxyIds();
    int row = 0;
    while (before.contains(m_model->artifact(row).id))
        ++row;
    const Artifact original = m_model->artifact(row);
    Artifact changed = original;
    changed.metadata.insert(u"ticket"_s, u"SUP-99999"_s);
    m_model->updateArtifact(changed);
    QVERIFY(proxyIds().contains(original.id));
    QVERIFY(m_proxy->setQuickFilter(u"sup-9999"_s));
    QVERIFY(proxyIds().contains(original.id));

    m_model->updateArtifact(original);
    QVERIFY(!proxyIds().contains(original.id));
    QVERIFY(m_proxy->setQuickFilter(u"sup-"_s));
    QCOMPARE(proxyIds(), before);
}

void TestArtifactFilterProxyModel::rowsArrivingWhileFiltered()
{
    ArtifactListModel model(m_client.get());
    ArtifactFilterProxyModel proxy;
    QFETCH_GLOBAL(ArtifactFilterProxyModel::RefilterMode, refilterMode);
    proxy.setRefilterMode(refilterMode);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ArtifactListModel::UpdatedColumn, Qt::AscendingOrder);
    QVERIFY(proxy.setQuickFilter(u"sup-"_s));
    proxy.setStatusCodes({u"done"_s});
    QSignalSpy finished(&model, &ArtifactListModel::loadAllFinished);
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QSet<QString> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString());
    QCOMPARE(shown, expectedIds(Oracle::Contains, u"sup-"_s, {u"done"_s}));
    // Narrowing and widening after the rows arrived start from the right answers.
    QVERIFY(proxy.setQuickFilter(u"sup-1"_s));
    QVERIFY(proxy.setQuickFilter(u"sup"_s));
    proxy.setStatusCodes({});
    shown.clear();
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString());
    QCOMPARE(shown, expectedIds(Oracle::Contains, u"sup"_s));
}

void TestArtifactFilterProxyModel::regexAgreesWithQRegularExpression_data()
{
    // The shortcuts taken before calling the regex (required literals, prefixes, alternatives) must
    // never hide a row the regex itself accepts.
    QTest::addColumn<QString>("pattern");
    for (const QString &pattern : {u"^done"_s, u"^d"_s, u"^"_s, u"^failed\\b"_s, u"^failed.*(internal|removed)_"_s,
             u"sup-4\\d{3}"_s, u"(too_short|ended)"_s, u"(too_short|ended)?x"_s, u"ab*c"_s, u"cus_.+-"_s, u"p[1-2],"_s,
             u"\\bp1\\b"_s, u"müller|zoë"_s, u"[0-9a-f]{8}-0"_s, u"^(done|failed)\\t"_s, u"e{2}"_s, u"tier=g?rowth"_s,
             u"x\\.com"_s, u"\\x41"_s, u"(?i)SUP"_s, u"null$"_s, u"[[:digit:]]{5}"_s, u"notes=.*\"legacy\""_s}) {
        QTest::newRow(qPrintable(pattern)) << pattern;
    }
}

void TestArtifactFilterProxyModel::regexAgreesWithQRegularExpression()
{
    QFETCH(QString, pattern);
    QVERIFY(m_proxy->setQuickFilter(pattern));
    const QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
    QSet<QString> expected;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (regex.match(index.data(ArtifactListModel::SearchTextRole).toString()).hasMatch())
            expected.insert(index.data(ArtifactListModel::ArtifactIdRole).toString());
    }
    QCOMPARE(proxyIds(), expected);
}

void TestArtifactFilterProxyModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QMetaEnum columns = QMetaEnum::fromType<ArtifactListModel::Columns>();
    for (int column = 0; column < ArtifactListModel::ColumnCount; ++column) {
        QTest::addRow("%s ascending", columns.valueToKey(column)) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(column)) << column << Qt::DescendingOrder;
    }
}

void TestArtifactFilterProxyModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // A filter in force must not disturb the order.
    QVERIFY(m_proxy->setQuickFilter(u"e"_s));
    m_proxy->sort(column, order);
    QVERIFY(m_proxy->rowCount() > 100);
    const bool isTime = column == ArtifactListModel::CreatedColumn || column == ArtifactListModel::UpdatedColumn;
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QVariant previous = m_proxy->index(row - 1, column).data(ArtifactListModel::SortRole);
        const QVariant current = m_proxy->index(row, column).data(ArtifactListModel::SortRole);
        int cmp = 0;
        if (isTime) {
            // Chronological, not the order of the displayed text.
            QCOMPARE(current.metaType(), QMetaType::fromType<QDateTime>());
            cmp = previous.toDateTime() < current.toDateTime()  ? -1
                : previous.toDateTime() == current.toDateTime() ? 0
                                                                : 1;
        } else {
            cmp = previous.toString().compare(current.toString());
        }
        if (order == Qt::AscendingOrder ? cmp > 0 : cmp < 0)
            QFAIL(qPrintable(u"rows %1 and %2 out of order: %3 / %4"_s.arg(row - 1).arg(row).arg(
                previous.toString(), current.toString())));
    }
    // Sorting keeps the filter: the same rows, only reordered.
    QCOMPARE(proxyIds(), expectedIds(Oracle::Contains, u"e"_s));
}

void TestArtifactFilterProxyModel::regexHint_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("prefixDecides");
    QTest::addColumn<QStringList>("anyOf");

    QTest::newRow("anchored literal") << u"^Done"_s << u"done"_s << u"done"_s << true << QStringList();
    QTest::newRow("anchor alone") << u"^"_s << QString() << QString() << true << QStringList();
    QTest::newRow("anchored then more") << u"^failed.*(internal|removed)_"_s << u"failed"_s << u"failed"_s << false
                                        << QStringList {u"internal"_s, u"removed"_s};
    QTest::newRow("optional char") << u"ab?c"_s << u"a"_s << QString() << false << QStringList();
    QTest::newRow("star") << u"^xab*"_s << u"xa"_s << u"xa"_s << false << QStringList();
    QTest::newRow("plus") << u"ab+cde"_s << u"cde"_s << QString() << false << QStringList();
    QTest::newRow("counted") << u"sup-4\\d{3}"_s << u"sup-4"_s << QString() << false << QStringList();
    QTest::newRow("counted on literal") << u"xyz{2}"_s << u"xy"_s << QString() << false << QStringList();
    QTest::newRow("top-level alternation") << u"abc|def"_s << QString() << QString() << false << QStringList();
    QTest::newRow("optional group") << u"(lost|gone)?abc"_s << u"abc"_s << QString() << false << QStringList();
    QTest::newRow("group of classes") << u"([a-z]|x)yz"_s << u"yz"_s << QString() << false << QStringList();
    QTest::newRow("class") << u"[abc]def"_s << u"def"_s << QString() << false << QStringList();
    QTest::newRow("class with bracket") << u"[]x]yz"_s << u"yz"_s << QString() << false << QStringList();
    QTest::newRow("posix class") << u"[[:alpha:]]qq"_s << u"qq"_s << QString() << false << QStringList();
    QTest::newRow("escaped dot") << u"crm\\.example"_s << u"example"_s << QString() << false << QStringList();
    QTest::newRow("hex escape") << u"\\x41bc"_s << QString() << QString() << false << QStringList();
    QTest::newRow("back reference") << u"(a)\\1zz"_s << QString() << QString() << false << QStringList();
    QTest::newRow("inline option") << u"(?i)abc"_s << QString() << QString() << false << QStringList();
    QTest::newRow("quoted") << u"\\Qa.b\\E"_s << QString() << QString() << false << QStringList();
    QTest::newRow("non-ascii ends a run") << u"müller"_s << u"ller"_s << QString() << false << QStringList();
    QTest::newRow("end anchor") << u"^ab$"_s << u"ab"_s << u"ab"_s << false << QStringList();
}

void TestArtifactFilterProxyModel::regexHint()
{
    QFETCH(QString, pattern);
    QFETCH(QString, literal);
    QFETCH(QString, prefix);
    QFETCH(bool, prefixDecides);
    QFETCH(QStringList, anyOf);
    const TextSearch::RegexHint hint = TextSearch::regexHint(pattern);
    QCOMPARE(QString::fromUtf8(hint.literal), literal);
    QCOMPARE(QString::fromUtf8(hint.prefix), prefix);
    QCOMPARE(hint.prefixDecides, prefixDecides);
    QStringList alternatives;
    for (const QByteArray &a : hint.anyOf)
        alternatives.append(QString::fromUtf8(a));
    QCOMPARE(alternatives, anyOf);
}

void TestArtifactFilterProxyModel::substringSearch_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");

    const QString text = u"done\tdd0c8991-0195-4f3a-9e5b-0a1b2c3d4e5f\tticket=sup-48123, notes=müller gmbh 📬"_s;
    QTest::newRow("empty needle") << text << QString();
    QTest::newRow("longer than text") << u"abc"_s << u"abcd"_s;
    QTest::newRow("at start") << text << u"done"_s;
    QTest::newRow("at end") << text << u"gmbh 📬"_s;
    QTest::newRow("last character") << text << u"📬"_s;
    QTest::newRow("whole text") << text << text;
    QTest::newRow("two characters") << text << u"dd"_s;
    QTest::newRow("overlapping prefix") << u"aaaaaaaaaaaaaaaaab"_s << u"aaab"_s;
    QTest::newRow("first and last match, middle not") << u"sxxxxxxxxxxp sup"_s << u"sxp"_s;
    QTest::newRow("missing") << text << u"sup-49"_s;
    QTest::newRow("non-ascii") << text << u"müller"_s;
    QTest::newRow("four-byte character") << text << u" 📬"_s;
    QTest::newRow("non-ascii missing") << text << u"mïller"_s;
    QTest::newRow("tail shorter than a block") << u"0123456789abcdefghij"_s << u"hij"_s;
}

void TestArtifactFilterProxyModel::substringSearch()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    // Searched as UTF-8, as the list model keeps its texts; the answer is the same as in UTF-16.
    const QByteArray text = haystack.toUtf8();
    const QByteArray pattern = needle.toUtf8();
    QCOMPARE(TextSearch::contains(text, pattern), haystack.contains(needle));
    // Fingerprints never rule out a text that contains the needle.
    if (haystack.contains(needle))
        QVERIFY(TextSearch::fingerprint(text).mayContain(TextSearch::fingerprint(pattern)));
    const bool mayStart = TextSearch::mayStartWith(TextSearch::fingerprint(text), pattern);
    if (haystack.startsWith(needle))
        QVERIFY(mayStart);
    if (pattern.size() <= 8)
        QCOMPARE(mayStart, text.startsWith(pattern));
    // Every byte substring of every length is found, also past the vectorised blocks.
    for (qsizetype from = 0; from < text.size(); from += 3) {
        for (qsizetype length = 1; from + length <= text.size(); length += 5)
            QVERIFY(TextSearch::contains(text, QByteArrayView(text).sliced(from, length)));
    }
}

QTEST_GUILESS_MAIN(TestArtifactFilterProxyModel)
#include "tst_artifactfilterproxymodel.moc"
