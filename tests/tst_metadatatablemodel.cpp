#include "domain/artifactparser.h"
#include "models/metadatatablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetadataTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAsTheServerWroteThem();
};

void TestMetadataTableModel::valuesAsTheServerWroteThem()
{
    // Non-string values are not what the API promises, but when a server sends them they are shown
    // exactly as written and marked as JSON, never reformatted (0.1 is not 0.10000000000000001).
    const Result<Artifact> read = ArtifactParser::parseArtifact(R"({"id": "a", "metadata": {"n": 0.1,
        "big": 12345678901234567890, "s": "0.1", "nul": null, "e": "", "l": [1, 2], "t": true}})");
    QVERIFY(read.ok());
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetadata(read->metadata);
    using Kind = MetadataTableModel::ValueKind;
    const QList<std::tuple<QString, QString, Kind>> expected {{u"big"_s, u"12345678901234567890"_s, Kind::Json},
        {u"e"_s, u"(empty)"_s, Kind::Empty}, {u"l"_s, u"[1, 2]"_s, Kind::Json}, {u"n"_s, u"0.1"_s, Kind::Json},
        {u"nul"_s, u"null"_s, Kind::Null}, {u"s"_s, u"0.1"_s, Kind::Text}, {u"t"_s, u"true"_s, Kind::Json}};
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &[key, display, kind] = expected.at(row);
        QCOMPARE(model.index(row, MetadataTableModel::KeyColumn).data().toString(), key);
        const QModelIndex value = model.index(row, MetadataTableModel::ValueColumn);
        QCOMPARE(value.data().toString(), display);
        QCOMPARE(value.data(MetadataTableModel::ValueKindRole).toInt(), int(kind));
    }
}

QTEST_GUILESS_MAIN(TestMetadataTableModel)
#include "tst_metadatatablemodel.moc"
