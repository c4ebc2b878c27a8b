#include "settingsdialog.h"

#include "timeline/cachesettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const QString &cacheRoot, QWidget *parent)
    : QDialog(parent)
    , m_cache(new CacheSettings(cacheRoot, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the preferences"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cache);
    layout->addStretch();
    layout->addWidget(buttons);
}

QAction *SettingsDialog::createAction(QWidget *window)
{
    auto *action = new QAction(tr("&Preferences\u2026"), window);
    action->setObjectName(u"preferencesAction"_s);
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);
    action->setToolTip(tr("Settings of the app, such as the timeline cache"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *dialog = new SettingsDialog({}, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}
