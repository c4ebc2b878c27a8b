// pi-demo-server: the demo workspace as a standalone process, for curl, scripts and manual testing
// of other clients. Serves until interrupted (Ctrl+C).
#include "demo/demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int parsePositive(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, bool *ok)
{
    if (!parser.isSet(option))
        return fallback;
    bool valid = false;
    const int value = parser.value(option).toInt(&valid);
    if (!valid || value < 0)
        *ok = false;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pi-demo-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A Recall.ai-compatible participant_events demo workspace on loopback."_s);
    parser.addHelpOption();
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated workspace."_s, u"number"_s);
    const QCommandLineOption countOption(u"count"_s, u"Number of artifacts."_s, u"number"_s);
    const QCommandLineOption pageSizeOption(u"page-size"_s, u"Artifacts per list page."_s, u"number"_s);
    const QCommandLineOption latencyOption(u"latency"_s, u"Delay of every API response in ms."_s, u"ms"_s);
    const QCommandLineOption portOption(u"port"_s, u"API port (default: any free port)."_s, u"port"_s);
    parser.addOptions({seedOption, countOption, pageSizeOption, latencyOption, portOption});
    // Malformed answers, for trying a client's tolerance by hand.
    const QCommandLineOption malformedOption(
        u"malformed"_s, u"Serve malformed artifacts on the third list page and on Retrieve."_s);
    const QCommandLineOption nextLinksOption(
        u"next-links"_s, u"How next links are written: clean, tolerable or unreadable."_s, u"style"_s, u"clean"_s);
    parser.addOptions({malformedOption, nextLinksOption});
    // The API's unknown PATCH semantics, for trying the editor's verification by hand.
    const QCommandLineOption mergeOption(
        u"merge-on-patch"_s, u"PATCH merges keys into the stored map (null deletes) instead of replacing it."_s);
    parser.addOption(mergeOption);
    parser.process(app);

    DemoServer::Options options;
    bool ok = true;
    if (parser.isSet(seedOption))
        options.seed = parser.value(seedOption).toUInt(&ok);
    options.artifactCount = parsePositive(parser, countOption, options.artifactCount, &ok);
    options.pageSize = parsePositive(parser, pageSizeOption, options.pageSize, &ok);
    const int latency = parsePositive(parser, latencyOption, 0, &ok);
    options.apiPort = static_cast<quint16>(parsePositive(parser, portOption, 0, &ok));
    const QString nextLinks = parser.value(nextLinksOption);
    ok = ok && (nextLinks == "clean"_L1 || nextLinks == "tolerable"_L1 || nextLinks == "unreadable"_L1);
    QTextStream err(stderr);
    if (!ok || options.pageSize < 1 || parser.value(portOption).toInt() > 65535) {
        err << "Invalid option value; see --help.\n";
        return 2;
    }

    DemoServer server(options);
    server.setLatencyMs(latency);
    server.setMalformedArtifacts(parser.isSet(malformedOption));
    server.setMergeOnPatch(parser.isSet(mergeOption));
    server.setNextLinks(nextLinks == "tolerable"_L1 ? DemoServer::NextLinks::Tolerable
            : nextLinks == "unreadable"_L1          ? DemoServer::NextLinks::Unreadable
                                                    : DemoServer::NextLinks::Clean);
    if (!server.start()) {
        err << "pi-demo-server: " << server.errorString() << '\n';
        return 1;
    }
    const QString base = server.baseUrl().toString();
    QTextStream out(stdout);
    out << "Recall demo workspace: " << server.artifactCount() << " artifacts, seed " << options.seed << '\n'
        << "  API base URL:  " << base << '\n'
        << "  Downloads:     " << server.downloadBaseUrl().toString() << '\n'
        << "  API key:       " << server.token() << '\n'
        << "Try:\n"
        << "  curl -s -H 'Authorization: Token " << server.token() << "' '" << base
        << "/api/v1/participant_events/?status_code=done'\n"
        << "Bots (GET /api/v1/bot/<id>/):\n"
        << "  two recordings:         " << server.botIdWithRecordings(2) << '\n'
        << "  no recording yet:       " << server.botIdWithRecordings(0) << '\n'
        << "  no participant events:  " << server.botIdWithoutParticipantEvents() << '\n'
        << "Serving until Ctrl+C.\n";
    out.flush();
    return app.exec();
}
