// After a PATCH, the answer against what was sent: every difference named, merge semantics spotted,
// checked against the demo server in both of its modes.
#include "demoworkspace.h"
#include "edit/metadataverify.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = MetadataVerify::Difference::Kind;

class TestMetadataVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesEveryDifference();
    void replacingServerShowsNothing();
    void mergingServerKeepsRemovedKeys();
};

void TestMetadataVerify::namesEveryDifference()
{
    const Metadata before {{u"old"_s, MetadataValue(u"1"_s)}, {u"ticket"_s, MetadataValue(u"SUP-1"_s)}};
    const Metadata sent {{u"ticket"_s, MetadataValue(u"SUP-2"_s)}, {u"lost"_s, MetadataValue(u"x"_s)},
        {u"trimmed"_s, MetadataValue(u" y "_s)}};
    const Metadata answer {{u"ticket"_s, MetadataValue(u"SUP-2"_s)}, {u"trimmed"_s, MetadataValue(u"y"_s)},
        {u"old"_s, MetadataValue(u"1"_s)}, {u"server"_s, MetadataValue(u"added"_s)}};
    const QList<MetadataVerify::Difference> differences = MetadataVerify::compare(before, sent, answer);
    QCOMPARE(differences.size(), 4);
    QCOMPARE(differences.at(0), (MetadataVerify::Difference {Kind::Dropped, u"lost"_s, MetadataValue(u"x"_s), {}}));
    QCOMPARE(differences.at(1), (MetadataVerify::Difference {Kind::Kept, u"old"_s, {}, MetadataValue(u"1"_s)}));
    QCOMPARE(differences.at(2), (MetadataVerify::Difference {Kind::Added, u"server"_s, {}, MetadataValue(u"added"_s)}));
    QCOMPARE(differences.at(3).kind, Kind::Altered);
    QVERIFY(MetadataVerify::looksLikeMerge(differences));
    const Metadata next = MetadataVerify::withKeptKeysAsNull(sent, differences);
    QCOMPARE(next.value(u"old"_s), MetadataValue(std::nullopt));
    QCOMPARE(next.size(), sent.size() + 1);
}

// The real protocol over sockets: full map sent, answer compared.
static QList<MetadataVerify::Difference> patchAndCompare(DemoWorkspace &workspace, bool merging)
{
    workspace.server->setMergeOnPatch(merging);
    // An artifact with a key the user can remove.
    QString id;
    for (const QString &candidate : workspace.server->artifactIds()) {
        if (workspace.server->artifactJson(candidate).value("metadata"_L1).toObject().size() >= 2) {
            id = candidate;
            break;
        }
    }
    if (id.isEmpty())
        return {};
    Metadata before;
    workspace.client->retrieveArtifact(id, nullptr, [&](const Result<Artifact> &r) { before = r.value().metadata; });
    if (!QTest::qWaitFor([&] { return workspace.client->requestsInFlight() == 0; }, 10000))
        return {};
    Metadata sent = before;
    sent.insert(u"ticket"_s, MetadataValue(u"SUP-9"_s));
    if (!sent.isEmpty())
        sent.remove(sent.firstKey()); // a key removed by the user
    Metadata answer;
    workspace.client->updateMetadata(
        id, sent, nullptr, [&](const Result<Artifact> &r) { answer = r.value().metadata; });
    if (!QTest::qWaitFor([&] { return workspace.client->requestsInFlight() == 0; }, 10000))
        return {};
    return MetadataVerify::compare(before, sent, answer);
}

void TestMetadataVerify::replacingServerShowsNothing()
{
    DemoWorkspace workspace;
    QVERIFY(workspace.start());
    QVERIFY(MetadataVerify::compare({}, {}, {}).isEmpty());
    QVERIFY(patchAndCompare(workspace, false).isEmpty());
}

void TestMetadataVerify::mergingServerKeepsRemovedKeys()
{
    DemoWorkspace workspace;
    QVERIFY(workspace.start());
    const QList<MetadataVerify::Difference> differences = patchAndCompare(workspace, true);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.constFirst().kind, Kind::Kept);
    QVERIFY(MetadataVerify::looksLikeMerge(differences));
}

QTEST_MAIN(TestMetadataVerify)
#include "tst_metadataverify.moc"
