#include "connectiontester.h"

#include "domain/apierror.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// The region a profile's URL belongs to, for the 401 hint: "EU (Frankfurt) (eu-central-1)".
QString regionTried(const ConnectionProfile &profile)
{
    std::optional<Region> region = profile.region;
    if (!region)
        region = Regions::fromUrl(profile.baseUrl());
    if (region) {
        const RegionInfo info = Regions::info(*region);
        return ConnectionTester::tr("%1 (%2)").arg(info.label, info.id);
    }
    return ConnectionTester::tr("the custom address %1").arg(profile.baseUrl().toDisplayString());
}

ConnectionTestResult failure(const QString &summary, const QString &details, int httpStatus = 0)
{
    return {false, summary, details, httpStatus};
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(const ConnectionProfile &profile, const QString &key, QObject *context, Callback callback)
{
    auto answer = [guard = QPointer<QObject>(context), hasContext = context != nullptr, callback = std::move(callback)](
                      const ConnectionTestResult &result) {
        if ((hasContext && !guard) || !callback)
            return;
        callback(result);
    };

    // Problems found without the network still answer from the event loop, like every other.
    auto answerSoon = [this, answer](const ConnectionTestResult &result) {
        QTimer::singleShot(0, this, [answer, result] { answer(result); });
    };
    if (key.trimmed().isEmpty()) {
        answerSoon(failure(tr("No API key to test with."),
            tr("Enter the workspace's API key. Keys are created in the Recall dashboard of the region they "
               "belong to.")));
        return;
    }
    if (profile.baseUrl().isEmpty()) {
        answerSoon(failure(tr("No address to test."), tr("Choose a region or enter a base URL.")));
        return;
    }

    // A budget and a client of its own: nothing queues behind the workspace's requests, and no
    // retries, so a dead host is reported at once instead of after the backoff schedule.
    auto *budget = new RateBudget(nullptr, this);
    RateBudget::BackoffPolicy noRetries = budget->backoffPolicy();
    noRetries.maxAttempts = 0;
    budget->setBackoffPolicy(noRetries);
    auto *client = new RecallClient(budget, this);
    budget->setParent(client); // destroyed after the client, which cancels into it
    client->setTransferTimeoutMs(m_timeoutMs);
    client->setConnection({profile.baseUrl(), key.trimmed()});
    client->setMaxRateLimitRetries(3);

    client->listArtifacts({}, this, [profile, client, answer](const Result<ArtifactPage> &page) {
        client->deleteLater();
        if (!page) {
            answer(explain(profile, page.error()));
            return;
        }
        const int count = static_cast<int>(page->results.size());
        ConnectionTestResult result;
        result.ok = true;
        result.httpStatus = 200;
        result.summary
            = tr("Connected to %1: the first page lists %n artifact(s).", nullptr, count).arg(profile.displayName());
        result.details = page->next.isEmpty()
            ? tr("The key works at %1. There are no further pages.").arg(profile.baseUrl().toDisplayString())
            : tr("The key works at %1. More pages follow.").arg(profile.baseUrl().toDisplayString());
        answer(result);
    });
}

ConnectionTestResult ConnectionTester::explain(const ConnectionProfile &profile, const ApiError &error)
{
    const QUrl url = profile.baseUrl();
    const QString host = error.host.isEmpty() ? url.host() : error.host;
    switch (error.kind) {
    case ApiError::Kind::Network:
        // The summary names the host already; the details say what the network said.
        return failure(tr("Could not reach %1.").arg(host),
            tr("%1\nCheck the address, the network connection and any proxy or VPN.")
                .arg(error.cause.isEmpty() ? error.message : error.cause));
    case ApiError::Kind::Timeout:
        return failure(tr("%1 did not answer in time.").arg(host),
            tr("%1\nThe server may be overloaded or the network slow; try again in a moment.").arg(error.message));
    case ApiError::Kind::InsecureUrl:
        return failure(tr("The address %1 is not allowed.").arg(url.toDisplayString()),
            tr("%1\nThe key is only sent over https (plain http only to this computer).").arg(error.message));
    case ApiError::Kind::MalformedResponse:
        return failure(tr("%1 answered, but not like the Recall API.").arg(host),
            tr("%1\nCheck the base URL: it is the server's address without /api/v1.").arg(error.message),
            error.httpStatus);
    case ApiError::Kind::Cancelled:
        return failure(tr("The test was cancelled."), {});
    case ApiError::Kind::DownloadExpired:
    case ApiError::Kind::FileError:
    case ApiError::Kind::Http:
        break;
    }

    switch (error.httpStatus) {
    case 401:
        return failure(tr("The API key was refused by %1 (401).").arg(host),
            tr("Keys work only in the region they were created in, and this connection uses %1. Check that the "
               "key is complete and belongs to that region, or choose the key's region.")
                .arg(regionTried(profile)),
            error.httpStatus);
    case 403:
        if (!error.bodyExcerpt.isEmpty()) {
            return failure(tr("Blocked before reaching the API: HTTP 403 from %1.").arg(host),
                tr("The answer was a web page, not the API's JSON: \u201c%1\u201d. A firewall or proxy "
                   "probably blocks the request; try again later or from another network.")
                    .arg(error.bodyExcerpt),
                error.httpStatus);
        }
        break;
    case 404:
        return failure(tr("%1 has no participant-events API at this address (404).").arg(host),
            tr("Check the base URL: it is the server's address without /api/v1."), error.httpStatus);
    default:
        break;
    }
    return failure(tr("%1 answered HTTP %2.").arg(host).arg(error.httpStatus), error.displayText(), error.httpStatus);
}
