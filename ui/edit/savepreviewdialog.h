#pragma once

#include "edit/metadatadiff.h"
#include "edit/metadatamerge.h"
#include "net/requestbuilder.h"

#include <QDialog>

#include <functional>

class ConflictView;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

// What a save is about to do, before it is done: the conflicts to resolve (when someone else changed
// the same keys), what changes on the server (a table: key, value now, value after sending, and the
// change in words), and the exact request (method, URL, headers with the key hidden, the JSON body).
// Send (the default button) accepts, Cancel and Esc reject; "Copy as curl" copies the request with the
// key as $RECALL_API_KEY. The dialog sends nothing itself.
//
// How the caller drives it: setSave() with the live map, the merge and a function that builds the
// request for a map. The dialog resolves the conflicts with the user's choices
// (MetadataMerge::resolved), and once every conflict has a side it calls requestFor with the map to
// send, shows that request and the diff against the live map, and enables Send. Each new choice
// calls requestFor again; it should return the request the caller will really send for that map
// (same Idempotency-Key rules), ideally with the key already redacted; secret headers are hidden and
// the key blanked everywhere here regardless (RequestPreview). After accepted(): metadataToSend()
// (and choices()) say what to send.
//
// skipPreviewNextTime() is the "Don't show this preview before saving" box; the caller persists it
// and still opens the preview whenever there are conflicts to resolve.
class SavePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    using RequestFor = std::function<ApiRequest(const Metadata &toSend)>;

    explicit SavePreviewDialog(QWidget *parent = nullptr);
    ~SavePreviewDialog() override;

    // live: the map on the server right now; merge: MetadataMerge::merge(loaded, edited, live).
    void setSave(const Metadata &live, const MetadataMerge::Result &merge, RequestFor requestFor);

    bool hasConflicts() const;
    // Every conflict has a side: Send is enabled.
    bool canSend() const;
    ConflictView *conflictView() const { return m_conflicts; }
    QList<MetadataMerge::Side> choices() const;
    // The complete map Send stands for; nullopt while a conflict is open.
    std::optional<Metadata> metadataToSend() const;
    // The request shown (RequestPreview::redactedRequest); empty while a conflict is open.
    const ApiRequest &shownRequest() const { return m_request; }
    const QList<MetadataDiff::DiffRow> &diffRows() const { return m_diff; }
    // What "Copy as curl" copies; empty while a conflict is open.
    QString curlCommand() const;

    bool skipPreviewNextTime() const;
    void setSkipPreviewNextTime(bool skip);

Q_SIGNALS:
    // Every conflict has a side (again, after each change while complete): the request shown now
    // stands for these choices.
    void choicesMade(const QList<MetadataMerge::Side> &choices);

private:
    void buildUi();
    void refresh();
    void showRequest(const ApiRequest &request);
    void showDiff();
    void copyCurl();

    Metadata m_live;
    RequestFor m_requestFor;
    ApiRequest m_request; // redacted
    QList<MetadataDiff::DiffRow> m_diff;

    QLabel *m_intro = nullptr;
    QGroupBox *m_conflictBox = nullptr;
    ConflictView *m_conflicts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pending = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_diffNote = nullptr;
    QTableWidget *m_diffTable = nullptr;
    QLabel *m_requestLine = nullptr;
    QTableWidget *m_headerTable = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_copied = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_copyCurl = nullptr;
};
