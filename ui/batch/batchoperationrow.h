#pragma once

#include "batch/batchoperation.h"

#include <QFrame>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;

// One operation of a batch edit as a row of fields: what it does (set, remove, rename, only where),
// the key, the value or the new key, and for a rename what happens where the new key exists. The
// fields that make no sense for the kind hide. Its problem (BatchOps::problem) shows under the fields
// and tints the field it concerns, as the metadata editor marks a row it cannot save.
class BatchOperationRow : public QFrame
{
    Q_OBJECT
public:
    // keys: completions for the key fields (the keys the artifacts in scope have); may be null.
    explicit BatchOperationRow(QAbstractItemModel *keys, QWidget *parent = nullptr);

    BatchOperation operation() const;
    void setOperation(const BatchOperation &operation);
    // Its place in the list, 1-based: names the fields for screen readers ("Operation 2: key").
    void setNumber(int number);
    int number() const { return m_number; }
    // Shows problem (empty: none) and tints the field it is about.
    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }
    // Marks the row the Move and Remove buttons act on.
    void setCurrent(bool current);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *keyEdit() const { return m_key; }
    // The value (Set, Only where) or the new key (Rename); hidden for Remove.
    QLineEdit *secondEdit() const { return m_second; }
    QComboBox *whenBox() const { return m_when; }
    // The fields in reading order, for the editor's Tab chain.
    QList<QWidget *> fields() const;

Q_SIGNALS:
    void changed();
    // A field of the row got the focus.
    void entered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateFields();
    void updateTint();

    QLabel *m_numberLabel = nullptr;
    QComboBox *m_kind = nullptr;
    BatchOperation::Kind m_shownKind = BatchOperation::Kind::Set; // what the fields were last laid out for
    QLineEdit *m_key = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLineEdit *m_second = nullptr;
    QComboBox *m_when = nullptr;
    QLabel *m_problemLabel = nullptr;
    QString m_problem;
    int m_number = 1;
    bool m_current = false;
};
