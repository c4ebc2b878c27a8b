// Runs a batch edit of 1 000 artifacts against the demo server on real time and prints how much of
// the per-id rate limit it kept in use. Not a test: its figures are wall-clock rates of this machine.
//
//   bench_batch [--count N] [--limit L] [--repeats R]
//
// The limit is scaled up from the API's 300 a minute (default 30 000) so that a run takes seconds;
// the client's budget and the server share it, and both start drained, as after a busy minute, so
// the figure is the steady state and not the first minute's burst. The server runs in a thread of
// its own (the app and Recall are two machines, not one event loop). Baselines measured in the same
// run: the machine's ceiling (the same batch with no limit at all) and the limit itself; figures are
// medians over the repeats, with the spread.
//
// The last line reads "sustained N/min (limit L/min), F failures, D duplicates", N counting requests.
#include "batch/batchjournal.h"
#include "batch/batchrunner.h"
#include "demo/demoserver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_wall;

// The demo server in its own thread; every call goes through that thread's event loop.
class ServerThread
{
public:
    ServerThread(int count, int perIdLimit)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        call([this, count, perIdLimit] {
            DemoServer::Options options;
            options.artifactCount = count;
            m_server = new DemoServer(options);
            m_server->setRateLimits(0, perIdLimit);
            if (!m_server->start())
                qFatal("demo server: %s", qPrintable(m_server->errorString()));
            QObject::connect(m_server, &DemoServer::requestServed, m_server,
                [this](const QString &method, const QString &path, int status) {
                    if (!path.startsWith("/api/v1/participant_events/"_L1) || path == "/api/v1/participant_events/"_L1)
                        return;
                    const QMutexLocker lock(&m_mutex);
                    m_served.append({g_wall.nsecsElapsed(), method == "PATCH"_L1, status});
                });
        });
    }
    ~ServerThread()
    {
        call([this] { delete m_server; });
        m_thread.quit();
        m_thread.wait();
    }

    template <typename F> void call(F f) { QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection); }
    DemoServer *server() const { return m_server; } // read its constant parts only from this thread

    struct Served
    {
        qint64 atNs = 0;
        bool patch = false;
        int status = 0;
    };
    QList<Served> served()
    {
        const QMutexLocker lock(&m_mutex);
        return m_served;
    }

private:
    QThread m_thread;
    QObject m_context;
    DemoServer *m_server = nullptr;
    QMutex m_mutex;
    QList<Served> m_served;
};

struct Figures
{
    double requestsPerMinute = 0; // per-id requests the server answered, per minute of the batch
    double artifactsPerMinute = 0; // items settled in the run, per minute of the run
    int throttled = 0; // 429s the server gave
    int failures = 0;
    int duplicates = 0; // artifacts changed more than once
    int changed = 0;
};

// Takes every token the budget holds, as a minute of other work would have.
void drain(RateBudget &budget)
{
    bool ran = true;
    while (ran) {
        ran = false;
        const quint64 ticket = budget.schedule(RateBudget::RequestClass::PerId, [&ran] { ran = true; });
        if (!ran)
            budget.cancel(ticket);
    }
}

void waitFor(const BatchRunner &runner, BatchRunner::Phase leaving)
{
    while (runner.phase() == leaving)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

Figures runOnce(int count, int limit)
{
    const bool unlimited = limit <= 0;
    ServerThread thread(count, unlimited ? 0 : limit);
    QStringList ids;
    QUrl baseUrl;
    QString token;
    thread.call([&] {
        ids = thread.server()->artifactIds();
        baseUrl = thread.server()->baseUrl();
        token = thread.server()->token();
        thread.server()->drainRateLimits();
    });

    RateBudget budget;
    RateBudget::Limits limits;
    limits.perIdPerMinute = unlimited ? 10'000'000 : limit;
    budget.setLimits(limits);
    RecallClient client(&budget);
    client.setConnection({baseUrl, token});
    QTemporaryDir dir;
    BatchJournal journal(dir.filePath(u"batches"_s));
    BatchRunner runner(&client, &journal);
    runner.setConnectionName(u"bench"_s);
    if (unlimited)
        runner.setConcurrency(64);
    if (!unlimited)
        drain(budget);

    const qint64 startNs = g_wall.nsecsElapsed();
    runner.startDryRun(ids, {BatchOperation::set(u"reviewed_by"_s, u"bench"_s)});
    waitFor(runner, BatchRunner::Phase::DryRun);
    const qint64 runStartNs = g_wall.nsecsElapsed();
    runner.run();
    waitFor(runner, BatchRunner::Phase::Running);
    const qint64 endNs = g_wall.nsecsElapsed();

    Figures f;
    const QList<ServerThread::Served> served = thread.served();
    int requests = 0;
    for (const auto &s : served) {
        if (s.atNs >= startNs && s.atNs <= endNs)
            ++requests;
        if (s.status == 429)
            ++f.throttled;
    }
    f.requestsPerMinute = requests * 60e9 / double(std::max<qint64>(1, endNs - startNs));
    const Batch &batch = runner.batch();
    f.failures = batch.count(BatchItem::RunState::Failed) + batch.count(BatchItem::RunState::Conflict)
        + static_cast<int>(std::count_if(batch.items.cbegin(), batch.items.cend(),
            [](const BatchItem &item) { return item.verdict == BatchVerdict::Failed; }));
    f.artifactsPerMinute = batch.settledToSend() * 60e9 / double(std::max<qint64>(1, endNs - runStartNs));
    thread.call([&] {
        for (const BatchItem &item : batch.items) {
            const int applied = thread.server()->patchesApplied(item.artifactId);
            f.changed += applied;
            if (applied > 1)
                ++f.duplicates;
        }
    });
    return f;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString spread(const QList<double> &values)
{
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    return u"%1–%2"_s.arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pi-bench-batch"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Artifacts in the batch (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption limitOption(
        u"limit"_s, u"Per-id requests a minute, client and server (default 30000)."_s, u"n"_s, u"30000"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Runs of each kind (default 3)."_s, u"n"_s, u"3"_s);
    parser.addOptions({countOption, limitOption, repeatsOption});
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int limit = std::max(1, parser.value(limitOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    g_wall.start();

    std::printf("batch of %d artifacts: a dry run (GET each), then a run (GET + PATCH each)\n", count);
    QList<double> ceiling;
    QList<double> sustained;
    QList<double> artifacts;
    int failures = 0;
    int duplicates = 0;
    int throttled = 0;
    int changed = 0;
    for (int i = 0; i < repeats; ++i) {
        const Figures free = runOnce(count, 0);
        ceiling.append(free.requestsPerMinute);
        failures += free.failures;
        duplicates += free.duplicates;
        const Figures limited = runOnce(count, limit);
        sustained.append(limited.requestsPerMinute);
        artifacts.append(limited.artifactsPerMinute);
        failures += limited.failures;
        duplicates += limited.duplicates;
        throttled += limited.throttled;
        changed += limited.changed;
        std::printf("  run %d: ceiling %.0f/min, limited %.0f/min, %.0f artifacts/min, %d 429s\n", i + 1,
            free.requestsPerMinute, limited.requestsPerMinute, limited.artifactsPerMinute, limited.throttled);
        std::fflush(stdout);
    }
    const double n = median(sustained);
    const double top = median(ceiling);
    std::printf("machine ceiling (no limit): median %.0f requests/min (%s)\n", top, qPrintable(spread(ceiling)));
    std::printf("limited run: median %.0f requests/min (%s) = %.1f %% of the limit, %.2fx of the ceiling\n", n,
        qPrintable(spread(sustained)), 100.0 * n / limit, n / std::max(1.0, top));
    std::printf("artifacts per minute in the run: median %.0f (%s); artifacts changed: %d; 429s: %d\n",
        median(artifacts), qPrintable(spread(artifacts)), changed, throttled);
    std::printf("sustained %.0f/min (limit %d/min), %d failures, %d duplicates\n", n, limit, failures, duplicates);
    return 0;
}
