// Loads a large demo workspace into ArtifactListModel and prints what support staff feel: memory per
// artifact, load time, sort time and quick-filter time per keystroke. Not a test: it asserts nothing
// and is not registered with ctest, because its figures are wall-clock times of this machine.
//
//   bench_artifactlist [--count N] [--page-size N] [--refilter auto|incremental|rebuild] [--verbose]
#include "demo/demoserver.h"
#include "domain/artifactparser.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>
#include <QTimer>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 heapInUse()
{
    return static_cast<qint64>(mallinfo2().uordblks);
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Wall time is what the user feels; this thread's CPU time shows the cost without the noise of a
// machine shared with other work.
struct Keystrokes
{
    QString name;
    QList<double> ms;
    QList<double> cpuMs;
};

// Types text one character at a time, then backspaces it away, timing each keystroke until the
// proxy (and the view, when there is one) has taken the new filter in.
Keystrokes typeAndErase(const QString &name, const QString &text, ArtifactFilterProxyModel &proxy, bool verbose)
{
    Keystrokes result {name, {}, {}};
    QStringList states;
    for (qsizetype i = 1; i <= text.size(); ++i)
        states.append(text.left(i));
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        states.append(text.left(i));
    for (const QString &state : std::as_const(states)) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const bool valid = proxy.setQuickFilter(state);
        const int rows = proxy.rowCount();
        result.ms.append(msSince(timer));
        result.cpuMs.append(threadCpuMs() - cpuStart);
        if (verbose)
            std::printf("      %-32s %7.2f ms %7d rows%s\n", qPrintable(u'"' + state + u'"'), result.ms.last(), rows,
                valid ? "" : " (invalid: previous filter kept)");
    }
    return result;
}

void typeEverything(const QString &title, ArtifactFilterProxyModel &proxy, const QString &someId, bool verbose)
{
    std::printf("Quick filter, one keystroke at a time, %s:\n", qPrintable(title));
    QList<Keystrokes> runs;
    runs.append(typeAndErase(u"\"sup-48\""_s, u"sup-48"_s, proxy, verbose));
    runs.append(typeAndErase(u"\"Müller GmbH\""_s, u"Müller GmbH"_s, proxy, verbose));
    runs.append(typeAndErase(u"regex"_s, u"^failed.*(internal|removed)_"_s, proxy, verbose));
    runs.append(typeAndErase(u"id prefix"_s, someId.left(13), proxy, verbose));
    Keystrokes all {u"all"_s, {}, {}};
    for (const Keystrokes &run : std::as_const(runs)) {
        std::printf("  %-15s wall median %6.2f ms, max %6.2f ms | cpu median %6.2f ms, max %6.2f ms (%lld keys)\n",
            qPrintable(run.name), median(run.ms), maximum(run.ms), median(run.cpuMs), maximum(run.cpuMs),
            static_cast<long long>(run.ms.size()));
        all.ms += run.ms;
        all.cpuMs += run.cpuMs;
    }
    std::printf("  %-15s wall median %6.2f ms, max %6.2f ms | cpu median %6.2f ms, max %6.2f ms  (target <= 30 ms)\n",
        "every keystroke", median(all.ms), maximum(all.ms), median(all.cpuMs), maximum(all.cpuMs));
}

// Every value of a document, visited once: what a parser must do at the least.
std::size_t countValues(simdjson::dom::element element)
{
    std::size_t count = 1;
    if (simdjson::dom::array array; element.get_array().get(array) == simdjson::SUCCESS) {
        for (simdjson::dom::element child : array)
            count += countValues(child);
    } else if (simdjson::dom::object object; element.get_object().get(object) == simdjson::SUCCESS) {
        for (simdjson::dom::key_value_pair field : object)
            count += countValues(field.value);
    }
    return count;
}

// The parser alone on one list page as the server writes it (the first pageSize artifacts), so its cost
// is seen apart from the server, HTTP and the model. Median and best of a few runs, CPU time of this thread.
void benchParsePage(const DemoServer &server, int pageSize)
{
    const QStringList ids = server.artifactIds().mid(0, pageSize);
    QJsonArray results;
    for (const QString &id : ids)
        results.append(server.artifactJson(id));
    const QString next = server.baseUrl().toString() + u"/api/v1/participant_events/?cursor=cD0x"_s;
    const QJsonObject envelope {
        {u"next"_s, next}, {u"previous"_s, QJsonValue(QJsonValue::Null)}, {u"results"_s, results}};
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    // Baselines of the same run on the same bytes, as the machine is shared and noisy: a bare simdjson
    // scan (every value touched, nothing kept) and a QJsonDocument parse (what the parser replaced).
    const auto timed = [&body](const auto &work) {
        QList<double> runs;
        for (int i = 0; i < 15; ++i) {
            const double cpuStart = threadCpuMs();
            work();
            runs.append(threadCpuMs() - cpuStart);
        }
        return runs;
    };
    qsizetype parsed = 0;
    const QList<double> ours = timed([&] {
        const Result<ArtifactPage> page = ArtifactParser::parsePage(body);
        parsed = page ? page->results.size() : -1;
    });
    std::size_t scanned = 0;
    const QList<double> scan = timed([&] {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (parser.parse(body.constData(), static_cast<std::size_t>(body.size())).get(root) == simdjson::SUCCESS)
            scanned = countValues(root);
    });
    const QList<double> qt
        = timed([&] { parsed = std::max(parsed, qsizetype(QJsonDocument::fromJson(body).isNull())); });
    std::printf("  parse one page    %lld artifacts, %.1f KB: cpu median %.2f ms, best %.2f ms\n",
        static_cast<long long>(parsed), static_cast<double>(body.size()) / 1024.0, median(ours),
        *std::min_element(ours.cbegin(), ours.cend()));
    std::printf("    baselines       bare simdjson scan %.2f ms (%zu values), QJsonDocument %.2f ms: ours is %.1fx the "
                "scan, %.2fx QJsonDocument\n",
        median(scan), scanned, median(qt), median(ours) / std::max(1e-6, median(scan)),
        median(ours) / std::max(1e-6, median(qt)));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Artifacts in the demo workspace."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption pageOption(u"page-size"_s, u"Artifacts per list page."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption modeOption(u"refilter"_s, u"auto, incremental or rebuild."_s, u"mode"_s, u"auto"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Print every keystroke."_s);
    parser.addOptions({countOption, pageOption, modeOption, verboseOption});
    parser.process(app);
    const bool verbose = parser.isSet(verboseOption);

    DemoServer::Options options;
    options.artifactCount = parser.value(countOption).toInt();
    options.pageSize = parser.value(pageOption).toInt();
    DemoServer server(options);
    server.setRateLimits(0, 0);
    if (!server.start()) {
        std::fprintf(stderr, "demo server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    RateBudget budget;
    budget.setLimits({1000000, 1000000});
    RecallClient client(&budget);
    client.setConnection({server.baseUrl(), server.token()});

    // The baseline is taken after the server generated its workspace, so only the client side counts.
    malloc_trim(0);
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = residentBytes();

    // Wired as the artifact browser wires them: the proxy and the table see the pages arrive.
    ArtifactListModel model(&client);
    auto proxy = std::make_unique<ArtifactFilterProxyModel>();
    proxy->setSourceModel(&model);
    const QString mode = parser.value(modeOption);
    proxy->setRefilterMode(mode == "incremental"_L1 ? ArtifactFilterProxyModel::RefilterMode::Incremental
            : mode == "rebuild"_L1                  ? ArtifactFilterProxyModel::RefilterMode::Rebuild
                                                    : ArtifactFilterProxyModel::RefilterMode::Automatic);
    auto view = std::make_unique<QTableView>();
    view->setModel(proxy.get());
    view->setSortingEnabled(true);
    view->sortByColumn(ArtifactListModel::CreatedColumn, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resize(1200, 800);
    view->show();

    bool completed = false;
    int pages = 0;
    QEventLoop loop;
    QObject::connect(&model, &ArtifactListModel::loadAllProgress, &loop, [&pages](int p, int) { pages = p; });
    QObject::connect(&model, &ArtifactListModel::loadAllFinished, &loop, [&](bool ok) {
        completed = ok;
        loop.quit();
    });
    // The model's own share of the load: building rows between rowsAboutToBeInserted and rowsInserted.
    QElapsedTimer insertTimer;
    qint64 insertNs = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &loop, [&] { insertTimer.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] { insertNs += insertTimer.nsecsElapsed(); });
    QElapsedTimer loadTimer;
    loadTimer.start();
    model.loadAll();
    if (model.isLoadingAll())
        loop.exec();
    const double loadMs = msSince(loadTimer);
    idle(500); // as a user pauses before typing; the proxy ranks the rows for sorting then

    const int rows = model.rowCount();
    const qint64 heapLoaded = heapInUse();
    const qint64 rssLoaded = residentBytes();
    std::printf("Participant Inspector list benchmark: %d artifacts from the demo server, pages of %d\n",
        options.artifactCount, options.pageSize);
    std::printf("  rows loaded       %d in %d pages%s\n", rows, pages, completed ? "" : " (INCOMPLETE)");
    std::printf("  load wall time    %.0f ms, %.1f ms per page (building rows in the model: %.0f ms; the rest is\n"
                "                    the demo server, HTTP and JSON parsing)\n",
        loadMs, pages ? loadMs / pages : 0.0, static_cast<double>(insertNs) / 1e6);

    benchParsePage(server, options.pageSize);

    view->sortByColumn(ArtifactListModel::RecordingColumn, Qt::AscendingOrder);
    QElapsedTimer sortTimer;
    sortTimer.start();
    view->sortByColumn(ArtifactListModel::CreatedColumn, Qt::DescendingOrder);
    std::printf("  sort by Created   %.0f ms (from sorted by Recording, table attached)\n", msSince(sortTimer));

    const QString someId = model.artifact(rows / 2).id;
    typeEverything(u"table attached (as in the app)"_s, *proxy, someId, verbose);
    view->setModel(nullptr);
    // A live status update, as the poller delivers them, makes the proxy forget the answers of the
    // filters just typed: the second round pays full price too.
    const Artifact first = model.artifact(0);
    Artifact changed = first;
    changed.status.code = u"archived"_s;
    model.updateArtifact(changed);
    model.updateArtifact(first);
    idle(500);
    typeEverything(u"filter proxy alone"_s, *proxy, someId, verbose);

    // Each part's memory is what is freed when it goes.
    const qint64 heapWithView = heapInUse();
    view.reset();
    const qint64 heapWithProxy = heapInUse();
    proxy.reset();
    const qint64 heapModel = heapInUse();
    const auto perRow = [rows](qint64 bytes) { return rows ? static_cast<double>(bytes) / rows : 0.0; };
    std::printf("Memory per artifact (heap in use by mallinfo2; the demo server's own data excluded):\n");
    std::printf("  list model        %5.0f B  (target <= 1024 B)\n", perRow(heapModel - heapBefore));
    std::printf("  filter proxy      %5.0f B  (mapping, fingerprints, ranks)\n", perRow(heapWithProxy - heapModel));
    std::printf("  table view        %5.0f B  (QTableView and its headers)\n", perRow(heapWithView - heapWithProxy));
    std::printf("  all three         %5.0f B  right after loading; RSS growth %.0f B (RSS keeps freed pages)\n",
        perRow(heapLoaded - heapBefore), perRow(rssLoaded - rssBefore));
    return completed ? 0 : 1;
}
