#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QString>

#include <functional>

struct ApiError;

// What "Test connection" found, in words for people. summary is one sentence; details explain
// what to do about it.
struct ConnectionTestResult
{
    bool ok = false;
    QString summary;
    QString details;
    int httpStatus = 0; // 0 when no HTTP answer arrived
};

// Fetches one page of the List endpoint with a profile and a key and explains the outcome: a 401
// points at the region (keys are per region), a network error names the host, a firewall's HTML
// page is quoted. Each test runs on its own temporary RateBudget and RecallClient, without
// retries, so the answer comes quickly and the workspace's budget is left alone.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ConnectionTestResult &)>;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // No bytes for this long ends the test with a timeout (default 15 s).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }

    // The profile's baseUrl() is used as it is (the demo profile needs customBaseUrl set to its
    // server). callback runs from the event loop, never once context is gone.
    void test(const ConnectionProfile &profile, const QString &key, QObject *context, Callback callback);

    // The words for an error of a test against profile; public so other views can reuse them.
    static ConnectionTestResult explain(const ConnectionProfile &profile, const ApiError &error);

private:
    int m_timeoutMs = 15000;
};
