// Parses the command line and wires the objects together; everything else lives in app/ and ui/.
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "net/region.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), u"participant-inspector"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "participant-inspector: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Participant Inspector"_s);
    QCoreApplication::setOrganizationDomain(u"recall.ai"_s);
    QCoreApplication::setApplicationName(u"participant-inspector"_s);
    QGuiApplication::setApplicationDisplayName(u"Participant Inspector"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PI_VERSION));
    QGuiApplication::setDesktopFileName(u"ai.recall.ParticipantInspector"_s);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect and correct Recall.ai participant-events artifacts.\n"
        "The API key is read from the RECALL_API_KEY environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Start the built-in demo workspace and connect to it."));
    const QCommandLineOption regionOption(u"region"_s,
        QCoreApplication::translate("main", "Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1."),
        QCoreApplication::translate("main", "region"), u"us-east-1"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s,
        QCoreApplication::translate("main", "A custom API base URL instead of a region (https, or http on loopback)."),
        QCoreApplication::translate("main", "url"));
    parser.addOptions({demoOption, regionOption, baseUrlOption});
    parser.addPositionalArgument(
        u"artifact"_s, QCoreApplication::translate("main", "An artifact id to open."), u"[artifact]"_s);
    parser.process(app);

    RateBudget budget;
    RecallClient client(&budget);
    std::unique_ptr<DemoServer> demo;
    Connection connection;
    QString label;

    const QString envKey = qEnvironmentVariable("RECALL_API_KEY");
    if (parser.isSet(demoOption) || (envKey.isEmpty() && !parser.isSet(baseUrlOption))) {
        if (!parser.isSet(demoOption))
            fail(QCoreApplication::translate("main", "RECALL_API_KEY is not set: opening the demo workspace."));
        demo = std::make_unique<DemoServer>();
        if (!demo->start()) {
            fail(
                QCoreApplication::translate("main", "Could not start the demo workspace: %1").arg(demo->errorString()));
            return 1;
        }
        connection = {demo->baseUrl(), demo->token()};
        label = QCoreApplication::translate("main", "Demo workspace");
    } else if (parser.isSet(baseUrlOption)) {
        connection = {QUrl::fromUserInput(parser.value(baseUrlOption)), envKey};
        label = connection.baseUrl.host();
    } else {
        const std::optional<Region> region = Regions::fromId(parser.value(regionOption));
        if (!region) {
            fail(QCoreApplication::translate("main", "Unknown region \u201c%1\u201d.").arg(parser.value(regionOption)));
            return 2;
        }
        connection = {Regions::baseUrl(*region), envKey};
        label = Regions::info(*region).label;
    }
    client.setConnection(connection);

    MainWindow window(&client, label);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openArtifact(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
