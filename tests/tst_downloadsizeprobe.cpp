// A download's size from its host's headers, against the demo server's signed links over loopback.
#include "demoworkspace.h"
#include "net/downloadsizeprobe.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDownloadSizeProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sizesAsAnnounced();
    void expiredLinkFails();
    void aNewProbeReplacesTheOld();

private:
    QString doneId() const;
    QUrl link(const QString &id, const QString &kind) const;

    DemoWorkspace m_workspace;
};

void TestDownloadSizeProbe::init()
{
    QVERIFY(m_workspace.start());
}

void TestDownloadSizeProbe::cleanup()
{
    m_workspace.reset();
}

QString TestDownloadSizeProbe::doneId() const
{
    for (const QString &id : m_workspace.server->artifactIds()) {
        if (m_workspace.server->artifactJson(id).value("status"_L1).toObject().value("code"_L1).toString() == "done"_L1)
            return id;
    }
    return {};
}

QUrl TestDownloadSizeProbe::link(const QString &id, const QString &kind) const
{
    return QUrl(
        m_workspace.server->artifactJson(id).value("data"_L1).toObject().value(kind + u"_download_url"_s).toString());
}

void TestDownloadSizeProbe::sizesAsAnnounced()
{
    const QString id = doneId();
    QVERIFY(!id.isEmpty());
    DownloadSizeProbe probe;
    QSignalSpy known(&probe, &DownloadSizeProbe::sizeKnown);
    const QStringList kinds {u"participants"_s, u"participant_events"_s, u"speaker_timeline"_s};
    for (int i = 0; i < kinds.size(); ++i)
        probe.probe(i, link(id, kinds.at(i)));
    QTRY_COMPARE(known.count(), 3);
    for (const QList<QVariant> &answer : std::as_const(known)) {
        const int tag = answer.at(0).toInt();
        QCOMPARE(answer.at(1).toLongLong(), m_workspace.server->downloadFileContents(id, kinds.at(tag)).size());
    }
    // Like every download: no API key, and only the headers were read.
    const auto requests = m_workspace.server->downloadRequests();
    QCOMPARE(requests.size(), 3);
    for (const auto &request : requests) {
        for (const auto &[name, value] : request.headers)
            QVERIFY2(name.toLower() != "authorization", value.constData());
    }
}

void TestDownloadSizeProbe::expiredLinkFails()
{
    m_workspace.server->setDownloadLinkLifetimeMs(1); // 1 ms of the 1000x clock: gone at once
    const QUrl url = link(doneId(), u"participants"_s);
    QTest::qWait(20);
    DownloadSizeProbe probe;
    QSignalSpy failed(&probe, &DownloadSizeProbe::failed);
    QSignalSpy known(&probe, &DownloadSizeProbe::sizeKnown);
    probe.probe(7, url);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 7);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::DownloadExpired);
    QCOMPARE(known.count(), 0);
}

void TestDownloadSizeProbe::aNewProbeReplacesTheOld()
{
    const QString id = doneId();
    DownloadSizeProbe probe;
    QSignalSpy known(&probe, &DownloadSizeProbe::sizeKnown);
    probe.probe(1, link(id, u"participants"_s));
    probe.probe(1, link(id, u"speaker_timeline"_s));
    QTRY_COMPARE(known.count(), 1);
    QTest::qWait(100);
    QCOMPARE(known.count(), 1);
    QCOMPARE(
        known.first().at(1).toLongLong(), m_workspace.server->downloadFileContents(id, u"speaker_timeline"_s).size());
    probe.probe(2, link(id, u"participants"_s));
    probe.cancelAll();
    QTest::qWait(100);
    QCOMPARE(known.count(), 1);
}

QTEST_MAIN(TestDownloadSizeProbe)
#include "tst_downloadsizeprobe.moc"
