#pragma once

#include "connections/connectionprofile.h"

#include <QDialog>

class ConnectionManager;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
struct ConnectionTestResult;

// Manages the saved connections: a list on the left (the demo workspace first, shown but not
// editable), a form on the right (label, region or custom base URL, API key), "Test connection"
// with its result in words, Save and Close. Selecting a profile edits it; Add starts a new one.
// Unsaved edits are dropped when another profile is selected.
//
// Keys go to the manager's KeyStore only: the key field is never pre-filled, and leaving it empty
// keeps the stored key. Keyboard: Enter saves (the dialog stays open), Esc closes (asking first when
// there are unsaved changes), Alt+T tests.
// Non-modal work only: tests and saves answer through callbacks, so open() and exec() both work.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(ConnectionManager *manager, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Shows that profile in the form and selects it in the list.
    void selectProfile(const QString &profileId);
    // Empties the form for a new connection (what Add does).
    void startNewProfile();
    // The profile in the form; empty while a new one is entered.
    QString selectedProfileId() const { return m_editingId; }
    bool isTesting() const { return m_testing; }
    // The form differs from the saved profile (or a new one has been started), or a key was typed.
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    // Esc and Close: with unsaved changes, asks first whether to discard them.
    void reject() override;

Q_SIGNALS:
    void profileSaved(const ConnectionProfile &profile);

private:
    void buildUi();
    void rebuildList();
    void loadProfile(const ConnectionProfile &profile);
    ConnectionProfile profileFromForm() const;
    void onRegionChanged();
    void updateState();
    void updateKeyHints();
    void save();
    void confirmRemove();
    void test();
    void forgetTestResult();
    void showResult(const ConnectionTestResult &result);
    void showMessage(const QString &text, bool isError);
    void growToFit();

    ConnectionManager *m_manager = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    QString m_editingId; // empty: a new profile
    bool m_editable = true; // false for the demo and the command line's session profile
    bool m_testing = false;
    quint64 m_testGeneration = 0; // a test started for another profile must not show its result here
};
