// Parses the command line and wires the objects together; everything else lives in app/ and ui/.
#include "artifactbrowser.h"
#include "connectiondialog.h"
#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/keychainkeystore.h"
#include "connectionswitcher.h"
#include "core/translations.h"
#include "edit/editcontroller.h"
#include "mainwindow.h"
#include "net/region.h"
#include "theme.h"
#include "timeline/rendercommand.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void warn(const QString &message)
{
    std::fprintf(stderr, "participant-inspector: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else: --render writes it into a support bundle's README.
    QCoreApplication::setApplicationVersion(QStringLiteral(PI_VERSION));
    // Drawing a timeline file needs no window and no display: decided before any application exists.
    if (RenderCommand::requested(argc, argv))
        return RenderCommand::run(argc, argv);

    // --help and --version print and exit: they need no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView arg(argv[i]);
            if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Participant Inspector"_s);
    QCoreApplication::setOrganizationDomain(u"recall.ai"_s);
    QCoreApplication::setApplicationName(u"participant-inspector"_s);
    QGuiApplication::setApplicationDisplayName(u"Participant Inspector"_s);
    QGuiApplication::setDesktopFileName(u"ai.recall.ParticipantInspector"_s);
    Translations::install(app, QLocale());
    Theme::applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Inspect and correct Recall.ai participant-events artifacts.\n"
        "The API key is read from the RECALL_API_KEY environment variable or the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Start the built-in demo workspace and connect to it."));
    const QCommandLineOption regionOption(u"region"_s,
        QCoreApplication::translate("main", "Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1."),
        QCoreApplication::translate("main", "region"));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
        QCoreApplication::translate("main", "A custom API base URL instead of a region (https, or http on loopback)."),
        QCoreApplication::translate("main", "url"));
    // Handled by RenderCommand before this point; listed here so that --help tells of it.
    const QCommandLineOption renderOption(u"render"_s,
        QCoreApplication::translate("main",
            "Write a speaker timeline file without a window, then exit: --render FILE --output "
            "chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size WIDTHxHEIGHT] "
            "[--scheme light|dark] [--stats] [--range FROM,TO] [--events FILE] [--participants FILE]. "
            "--render FILE --help lists them all."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({demoOption, regionOption, baseUrlOption, renderOption});
    parser.addPositionalArgument(u"artifact"_s,
        QCoreApplication::translate(
            "main", "An artifact id to open, or a local speaker timeline, participants or participant events file."),
        u"[artifact|file]"_s);
    parser.process(app);

    const QString envKey = qEnvironmentVariable("RECALL_API_KEY");
    ConnectionProfile sessionProfile;
    if (parser.isSet(baseUrlOption)) {
        sessionProfile.customBaseUrl = QUrl::fromUserInput(parser.value(baseUrlOption));
        sessionProfile.label = sessionProfile.customBaseUrl.host();
    } else if (parser.isSet(regionOption)) {
        sessionProfile.region = Regions::fromId(parser.value(regionOption));
        if (!sessionProfile.region) {
            warn(QCoreApplication::translate("main", "Unknown region \u201c%1\u201d.").arg(parser.value(regionOption)));
            return 2;
        }
        sessionProfile.label = Regions::info(*sessionProfile.region).label;
    }
    if (!sessionProfile.label.isEmpty() && envKey.isEmpty()) {
        warn(QCoreApplication::translate("main", "--region and --base-url need the key in RECALL_API_KEY."));
        return 2;
    }

    ConnectionStore store;
    KeychainKeyStore keys;
    ConnectionManager manager(&store, &keys);
    manager.setSessionKeyOverride(envKey);

    MainWindow window;
    auto *switcher = new ConnectionSwitcher(&manager, &window);
    auto *manageAction = new QAction(QCoreApplication::translate("main", "&Manage connections\u2026"), &window);
    manageAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    auto openManager = [&window, &manager] {
        auto *dialog = new ConnectionDialog(&manager, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    QObject::connect(manageAction, &QAction::triggered, &window, openManager);
    QObject::connect(switcher, &ConnectionSwitcher::manageRequested, &window, openManager);
    QObject::connect(window.browser(), &ArtifactBrowser::manageConnectionsRequested, &window, openManager);
    window.addConnectionControls(switcher, {manageAction});
    switcher->setSwitchGuard([&window](std::function<void()> proceed) {
        return window.editController()->confirmLeave(
            QCoreApplication::translate("main", "Another connection was chosen."), std::move(proceed));
    });
    QObject::connect(&window, &MainWindow::connectionRequested, &manager, &ConnectionManager::activate);
    window.editController()->setConnectionNamer([&manager](const QString &id) {
        const std::optional<ConnectionProfile> profile = manager.profile(id);
        return profile ? profile->displayName() : QString();
    });

    // A file that exists opens in the speaker timeline, offline; anything else is taken for an id.
    QString artifactToOpen = parser.positionalArguments().value(0);
    if (!artifactToOpen.isEmpty() && QFileInfo(artifactToOpen).isFile()) {
        window.timelineDock()->openFile(QFileInfo(artifactToOpen).absoluteFilePath());
        artifactToOpen.clear();
    }
    bool opened = artifactToOpen.isEmpty();
    bool draftsOffered = false;
    QObject::connect(&manager, &ConnectionManager::workspaceChanged, &window,
        [&window, &opened, &draftsOffered, artifactToOpen](RecallClient *client, const ConnectionProfile &profile) {
            window.setClient(client, profile.displayName(), profile.id);
            if (!opened) {
                opened = true;
                window.openArtifact(artifactToOpen);
            }
            // Edits a crash or a kill left behind are offered once, when there is a workspace to open them in.
            if (!std::exchange(draftsOffered, true))
                QTimer::singleShot(0, &window, [&window] { window.editController()->offerDrafts(); });
        });
    QObject::connect(&manager, &ConnectionManager::activationFailed, &window,
        [&window, &manager](const ConnectionProfile &profile, const QString &reason) {
            window.showMessage(
                QCoreApplication::translate("main", "Could not connect to %1: %2").arg(profile.displayName(), reason),
                15000);
            // Never leave a person without a workspace: the demo is always there.
            if (!manager.client())
                manager.activate(ConnectionProfile::demoId());
        });

    if (parser.isSet(demoOption))
        manager.activate(ConnectionProfile::demoId());
    else if (!sessionProfile.label.isEmpty())
        manager.activateSessionProfile(sessionProfile, envKey);
    else
        manager.activate(manager.lastUsedProfileId());

    window.show();
    return QApplication::exec();
}
