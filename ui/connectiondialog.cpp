#include "connectiondialog.h"

#include "connections/connectionmanager.h"
#include "connections/keystore.h"
#include "demo/demoserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int NewEntryRole = Qt::UserRole + 1; // the unsaved "New connection" entry

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ConnectionDialog::ConnectionDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connections"));
    buildUi();

    connect(m_manager, &ConnectionManager::profilesChanged, this, &ConnectionDialog::rebuildList);
    connect(m_manager, &ConnectionManager::workspaceChanged, this, &ConnectionDialog::rebuildList);
    connect(m_manager->keyStore(), &KeyStore::persistenceChanged, this, &ConnectionDialog::updateKeyHints);
    rebuildList();
    selectProfile(m_manager->current().isValid() ? m_manager->current().id : ConnectionProfile::demoId());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setToolTip(tr("Select a connection to edit or test it; the active one is in bold"));
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (item->data(NewEntryRole).toBool())
            return;
        if (const auto profile = m_manager->profile(item->data(IdRole).toString()))
            loadProfile(*profile);
    });

    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(tr("Add connection"));
    m_addButton->setToolTip(tr("Enter a new connection (Alt+A)"));
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionDialog::startNewProfile);

    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(tr("Remove connection"));
    m_removeButton->setToolTip(tr("Remove the selected connection and its key (Alt+R)"));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionDialog::confirmRemove);

    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(u"labelEdit"_s);
    m_labelEdit->setAccessibleName(tr("Label"));
    m_labelEdit->setToolTip(tr("A name for this connection, e.g. the customer or workspace"));

    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(u"regionCombo"_s);
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setToolTip(tr("The Recall region the workspace lives in; a key works only in its own region"));
    const QList<RegionInfo> regions = Regions::all();
    for (const RegionInfo &region : regions)
        m_regionCombo->addItem(tr("%1 (%2)").arg(region.label, region.id), region.id);
    m_regionCombo->addItem(tr("Custom URL\u2026"), QString());
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onRegionChanged);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(u"baseUrlEdit"_s);
    m_urlEdit->setAccessibleName(tr("Base URL"));
    m_urlEdit->setToolTip(tr("The API's address for \u201c"
                             "Custom URL\u201d: https, or http on this computer only"));
    m_urlEdit->setPlaceholderText(u"https://api.example.com"_s);
    connect(m_urlEdit, &QLineEdit::textEdited, this, &ConnectionDialog::updateState);
    connect(m_urlEdit, &QLineEdit::textEdited, this, &ConnectionDialog::forgetTestResult);
    connect(m_regionCombo, &QComboBox::activated, this, &ConnectionDialog::forgetTestResult);

    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"keyEdit"_s);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    connect(m_keyEdit, &QLineEdit::textEdited, this, &ConnectionDialog::forgetTestResult);

    m_keyNote = new QLabel(this);
    m_keyNote->setObjectName(u"keyNote"_s);
    m_keyNote->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setAccessibleName(tr("Form message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Fetch one page of artifacts with these settings and explain the result (Alt+T)"));
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::test);

    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setAccessibleName(tr("Test result"));
    m_result->setToolTip(tr("What the last connection test found"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumWidth(360);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save connection"));
    m_saveButton->setToolTip(tr("Save the connection; its key goes to the key store (Enter)"));
    m_saveButton->setDefault(true);
    QPushButton *closeButton = m_buttons->button(QDialogButtonBox::Close);
    closeButton->setObjectName(u"closeButton"_s);
    closeButton->setAccessibleName(tr("Close"));
    closeButton->setToolTip(tr("Close this window (Esc); asks first when there are unsaved changes"));
    closeButton->setAutoDefault(false);
    // Save keeps the dialog open, so several connections can be entered in a row.
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(buddyLabel(tr("Saved co&nnections:"), m_list, this));
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Label:"), m_labelEdit, this), m_labelEdit);
    form->addRow(buddyLabel(tr("Re&gion:"), m_regionCombo, this), m_regionCombo);
    form->addRow(buddyLabel(tr("Base &URL:"), m_urlEdit, this), m_urlEdit);
    form->addRow(buddyLabel(tr("API &key:"), m_keyEdit, this), m_keyEdit);
    form->addRow(QString(), m_keyNote);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(m_buttons);
}

void ConnectionDialog::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString activeId = m_manager->current().id;
    const QList<ConnectionProfile> profiles = m_manager->profiles();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.displayName(), m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.describe());
        if (profile.id == activeId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.id == m_editingId)
            m_list->setCurrentItem(item);
    }
    if (m_editingId.isEmpty() && m_editable) {
        // The connection being entered is in the list from the start, so it is clear what the form is.
        auto *item = new QListWidgetItem(tr("New connection"), m_list);
        item->setData(NewEntryRole, true);
        item->setToolTip(tr("Not saved yet: Save (Enter) adds it to the saved connections"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        m_list->setCurrentItem(item);
    }
}

void ConnectionDialog::selectProfile(const QString &profileId)
{
    const std::optional<ConnectionProfile> profile = m_manager->profile(profileId);
    if (!profile)
        return;
    loadProfile(*profile);
}

void ConnectionDialog::startNewProfile()
{
    ConnectionProfile fresh;
    fresh.region = Region::UsEast1;
    loadProfile(fresh);
    rebuildList();
    m_labelEdit->setFocus();
}

void ConnectionDialog::loadProfile(const ConnectionProfile &profile)
{
    m_editingId = profile.id;
    m_editable = !profile.isDemo && profile.id != ConnectionManager::sessionProfileId();
    ++m_testGeneration; // a running test belongs to the profile shown before
    m_testing = false;

    {
        const QSignalBlocker blocker(m_list);
        // The unsaved "New connection" entry goes with the form it stood for.
        for (int row = m_list->count() - 1; row >= 0; --row) {
            if (!profile.id.isEmpty() && m_list->item(row)->data(NewEntryRole).toBool())
                delete m_list->takeItem(row);
        }
        m_list->setCurrentRow(-1);
        for (int row = 0; row < m_list->count(); ++row) {
            if (!profile.id.isEmpty() && m_list->item(row)->data(IdRole).toString() == profile.id)
                m_list->setCurrentRow(row);
        }
    }
    m_labelEdit->setText(profile.label);
    {
        const QSignalBlocker blocker(m_regionCombo);
        const int index
            = profile.region ? m_regionCombo->findData(Regions::info(*profile.region).id) : m_regionCombo->count() - 1;
        m_regionCombo->setCurrentIndex(index);
    }
    QUrl url = profile.baseUrl();
    if (profile.isDemo && m_manager->demoServer())
        url = m_manager->demoServer()->baseUrl();
    m_urlEdit->setText(url.toDisplayString());
    if (profile.isDemo && url.isEmpty())
        m_urlEdit->setPlaceholderText(tr("Started on this computer when first used"));
    else
        m_urlEdit->setPlaceholderText(u"https://api.example.com"_s);
    m_keyEdit->clear();
    m_result->clear();
    showMessage(profile.isDemo ? tr("The demo workspace runs inside the app with its own key; it cannot be edited.")
            : m_editable       ? QString()
                               : tr("This connection comes from the command line and is not saved."),
        false);
    updateKeyHints();
    updateState();
}

ConnectionProfile ConnectionDialog::profileFromForm() const
{
    ConnectionProfile profile;
    if (const auto stored = m_manager->profile(m_editingId))
        profile = *stored;
    if (!m_editable)
        return profile;
    profile.id = m_editingId;
    profile.label = m_labelEdit->text().trimmed();
    const QString regionId = m_regionCombo->currentData().toString();
    profile.region = Regions::fromId(regionId);
    if (regionId.isEmpty())
        profile.region.reset();
    profile.customBaseUrl = profile.region
        ? QUrl()
        : QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
    return profile;
}

bool ConnectionDialog::hasUnsavedChanges() const
{
    if (!m_editable)
        return false;
    if (!m_keyEdit->text().trimmed().isEmpty())
        return true;
    ConnectionProfile saved;
    saved.region = Region::UsEast1; // what a new profile starts with (startNewProfile)
    if (const auto stored = m_manager->profile(m_editingId))
        saved = *stored;
    const ConnectionProfile form = profileFromForm();
    return form.label != saved.label || form.region != saved.region
        || (!form.region && form.customBaseUrl != saved.customBaseUrl);
}

void ConnectionDialog::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    const QString name = m_labelEdit->text().trimmed();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        name.isEmpty() ? tr("Discard the connection you are entering?")
                       : tr("Discard the changes to \u201c%1\u201d?").arg(name),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardChangesBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            QDialog::reject();
    });
    box->open();
}

void ConnectionDialog::onRegionChanged()
{
    const std::optional<Region> region = Regions::fromId(m_regionCombo->currentData().toString());
    if (region) {
        m_urlEdit->setText(Regions::baseUrl(*region).toDisplayString());
        showMessage({}, false); // an address error of the custom URL no longer applies
    } else if (Regions::fromUrl(QUrl(m_urlEdit->text()))) {
        m_urlEdit->clear(); // a region's URL is not a useful start for a custom one
    }
    updateState();
}

void ConnectionDialog::updateState()
{
    const bool custom = m_regionCombo->currentData().toString().isEmpty();
    m_labelEdit->setEnabled(m_editable);
    m_regionCombo->setEnabled(m_editable);
    m_urlEdit->setEnabled(m_editable && custom);
    m_keyEdit->setEnabled(m_editable);
    m_removeButton->setEnabled(m_editable && !m_editingId.isEmpty());
    m_saveButton->setEnabled(m_editable);
    m_testButton->setEnabled(!m_testing);

    // The base URL is checked as it is typed, with the same rule the client applies.
    if (m_editable && custom && !m_urlEdit->text().trimmed().isEmpty()) {
        const std::optional<QString> why = profileFromForm().addressError();
        showMessage(why.value_or(QString()), why.has_value());
    }
}

void ConnectionDialog::updateKeyHints()
{
    const KeyStore *keys = m_manager->keyStore();
    const bool stored = !m_editingId.isEmpty();
    if (!m_editable) {
        m_keyEdit->setPlaceholderText(QString());
        m_keyEdit->setToolTip(tr("This connection's key cannot be changed here"));
        m_keyNote->clear();
        return;
    }
    if (keys->isPersistent()) {
        m_keyEdit->setPlaceholderText(
            stored ? tr("Leave empty to keep the key in the OS keychain") : tr("Stored in the OS keychain"));
        m_keyNote->setText(tr("The key is stored in the OS keychain, never in the settings file."));
    } else {
        m_keyEdit->setPlaceholderText(
            stored ? tr("Leave empty to keep this session's key") : tr("Kept for this session only"));
        m_keyNote->setText(keys->sessionOnlyReason());
    }
    m_keyEdit->setToolTip(tr("The workspace's API key (Token). %1").arg(m_keyNote->text()));
    growToFit();
}

void ConnectionDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(isError ? tr("Error") : QString());
    growToFit();
}

void ConnectionDialog::growToFit()
{
    // Wrapped texts (the key note, messages, a test result) get taller as they get longer, but a dialog
    // on screen does not grow by itself: without this they are squeezed over each other.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (isVisible() && needed > height())
        resize(width(), needed);
}

void ConnectionDialog::save()
{
    if (!m_editable)
        return;
    const ConnectionProfile profile = profileFromForm();
    if (const std::optional<QString> why = profile.validationError()) {
        showMessage(*why, true);
        return;
    }
    const QString key = m_keyEdit->text().trimmed();
    if (m_editingId.isEmpty() && key.isEmpty() && !m_manager->hasSessionKeyOverride()) {
        showMessage(tr("Enter the API key for the new connection."), true);
        m_keyEdit->setFocus();
        return;
    }
    m_saveButton->setEnabled(false);
    showMessage(tr("Saving\u2026"), false);
    m_manager->saveProfile(
        profile, key, this, [this, hadKey = !key.isEmpty()](const ConnectionProfile &saved, const QString &error) {
            m_saveButton->setEnabled(m_editable);
            if (!error.isEmpty()) {
                showMessage(error, true);
                return;
            }
            const bool wasNew = m_editingId.isEmpty();
            loadProfile(saved);
            const KeyStore *keys = m_manager->keyStore();
            if (!hadKey)
                showMessage(tr("Saved \u201c%1\u201d.").arg(saved.displayName()), false);
            else if (keys->isPersistent())
                showMessage(tr("Saved \u201c%1\u201d; its key is in the OS keychain.").arg(saved.displayName()), false);
            else
                showMessage(tr("Saved \u201c%1\u201d. %2").arg(saved.displayName(), keys->sessionOnlyReason()), false);
            if (wasNew) {
                showMessage(m_message->text() + u' '
                        + tr("To work in it, choose \u201c%1\u201d in the connection box at the left of the toolbar.")
                              .arg(saved.displayName()),
                    false);
            }
            Q_EMIT profileSaved(saved);
        });
}

void ConnectionDialog::confirmRemove()
{
    const std::optional<ConnectionProfile> profile = m_manager->profile(m_editingId);
    if (!m_editable || !profile)
        return;
    // Window-modal and without a nested event loop, like every message box of the app.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
        tr("Remove \u201c%1\u201d and its stored key?").arg(profile->displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::accepted, this, [this, id = profile->id] {
        if (m_manager->removeProfile(id))
            selectProfile(ConnectionProfile::demoId());
    });
    box->open();
}

void ConnectionDialog::test()
{
    if (m_testing)
        return;
    const ConnectionProfile profile = profileFromForm();
    m_testing = true;
    const quint64 generation = ++m_testGeneration;
    updateState();
    m_result->setText(tr("Testing the connection\u2026").toHtmlEscaped());
    m_manager->testProfile(profile, m_editable ? m_keyEdit->text() : QString(), this,
        [this, generation](const ConnectionTestResult &result) {
            if (generation != m_testGeneration)
                return;
            m_testing = false;
            updateState();
            showResult(result);
        });
}

void ConnectionDialog::forgetTestResult()
{
    // A result (or a test still running) speaks of the address and key as they were: once either
    // changes, showing it would mislead.
    if (m_result->text().isEmpty() && !m_testing)
        return;
    ++m_testGeneration;
    m_testing = false;
    m_result->clear();
    m_result->setAccessibleDescription({});
    updateState();
}

void ConnectionDialog::showResult(const ConnectionTestResult &result)
{
    QString details = result.details.toHtmlEscaped();
    details.replace(u'\n', u"<br>"_s);
    m_result->setText(u"<b>%1</b><br>%2"_s.arg(result.summary.toHtmlEscaped(), details));
    m_result->setAccessibleDescription(result.summary);
    growToFit();
}
