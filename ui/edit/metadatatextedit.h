#pragma once

#include "domain/artifact.h"
#include "edit/metadatatext.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

// The text mode of the metadata editor: the map as `key: value` lines (MetadataText), checked while
// typing. Lines that cannot be read are marked in the text and listed below it, each a link that puts
// the cursor on its line. Once a pause in typing leaves text that reads cleanly, textEdited() carries
// the map, so every edit reaches the model (and the draft) without waiting for the mode to change.
class MetadataTextEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataTextEdit(QWidget *parent = nullptr);

    // Shows map as text, unless the text already reads as map (keeps the user's comments and order).
    void setMetadata(const Metadata &map);
    // The text read now (not waiting for the pause).
    MetadataText::Parsed parsed() const;
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *errorLabel() const { return m_errors; }
    void setReadOnly(bool readOnly);
    // Puts the cursor at the start of a 1-based line and focuses the text.
    void goToLine(int line);

Q_SIGNALS:
    void textEdited(const Metadata &map);
    // The lines that cannot be read changed (empty: the text reads cleanly).
    void errorsChanged(const QList<MetadataText::LineError> &errors);

private:
    void check();
    void showErrors(const QList<MetadataText::LineError> &errors);

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_errors = nullptr;
    QTimer *m_pause = nullptr;
    bool m_settingText = false;
    QList<MetadataText::LineError> m_lastErrors;
};
