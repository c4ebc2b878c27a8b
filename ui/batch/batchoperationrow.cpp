#include "batchoperationrow.h"

#include "statuscolors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = BatchOperation::Kind;
using When = BatchOperation::WhenNewKeyExists;

QCompleter *keyCompleter(QAbstractItemModel *keys, QObject *parent)
{
    if (!keys)
        return nullptr;
    auto *completer = new QCompleter(keys, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

} // namespace

BatchOperationRow::BatchOperationRow(QAbstractItemModel *keys, QWidget *parent)
    : QFrame(parent)
    , m_numberLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_secondLabel(new QLabel(this))
    , m_second(new QLineEdit(this))
    , m_when(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(u"batchOperationRow"_s);
    setFrameShape(QFrame::NoFrame);
    m_kind->setObjectName(u"operationKind"_s);
    m_kind->addItem(tr("Set key to value"), int(Kind::Set));
    m_kind->addItem(tr("Remove key"), int(Kind::Remove));
    m_kind->addItem(tr("Rename key"), int(Kind::Rename));
    m_kind->addItem(tr("Only where key has value"), int(Kind::OnlyWhere));
    m_kind->setToolTip(tr("What this operation does; a condition (Only where) limits the whole batch to "
                          "the artifacts where it holds"));
    m_key->setObjectName(u"operationKey"_s);
    m_key->setPlaceholderText(tr("key"));
    m_key->setClearButtonEnabled(true);
    m_key->setCompleter(keyCompleter(keys, m_key));
    m_second->setObjectName(u"operationSecond"_s);
    m_second->setClearButtonEnabled(true);
    m_secondLabel->setBuddy(m_second);
    m_when->setObjectName(u"operationWhen"_s);
    m_when->addItem(tr("where the new key exists: keep both"), int(When::Keep));
    m_when->addItem(tr("where the new key exists: overwrite it"), int(When::Overwrite));
    m_when->addItem(tr("where the new key exists: skip the artifact"), int(When::SkipArtifact));
    m_when->setToolTip(tr("What the rename does on an artifact that already has the new key: leave both keys "
                          "as they are, give the new key the old key's value, or leave the artifact alone"));
    m_problemLabel->setObjectName(u"operationProblem"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    m_secondLabel->setAlignment(Qt::AlignCenter);
    m_secondLabel->setMinimumWidth(
        std::max(fontMetrics().horizontalAdvance(tr("to")), fontMetrics().horizontalAdvance(tr("is"))) + 6);
    m_numberLabel->setMinimumWidth(fontMetrics().horizontalAdvance(u"99."_s));
    // Room for a key of usual length beside its clear button, however wide the translated choices are.
    m_key->setMinimumWidth(fontMetrics().horizontalAdvance(u"crm_opportunity_id"_s) + 3 * fontMetrics().height());
    m_numberLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_numberLabel);
    line->addWidget(m_kind);
    line->addWidget(m_key, 2);
    line->addWidget(m_secondLabel);
    line->addWidget(m_second, 3);
    line->addWidget(m_when);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_problemLabel);

    // Fields a kind does not use keep their place, so that the columns of all rows line up.
    for (QWidget *field :
        {static_cast<QWidget *>(m_secondLabel), static_cast<QWidget *>(m_second), static_cast<QWidget *>(m_when)}) {
        QSizePolicy policy = field->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        field->setSizePolicy(policy);
    }
    for (QWidget *field : fields()) {
        field->installEventFilter(this);
        field->setFocusPolicy(Qt::StrongFocus);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // The second field is a value for Set and Only where, a key for Rename: what was typed as one
        // is no good as the other (a 600-character value is no new key).
        const Kind kind = operation().kind;
        const auto meaning = [](Kind k) { return k == Kind::Rename ? 1 : k == Kind::Remove ? 0 : 2; };
        if (meaning(kind) != meaning(m_shownKind) && meaning(kind) != 0 && meaning(m_shownKind) != 0)
            m_second->clear();
        m_shownKind = kind;
        updateFields();
        Q_EMIT changed();
    });
    // A key typed whole closes the suggestions, so that the next click goes where it is aimed.
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [this, text] {
                QCompleter *completer = m_key->completer();
                if (completer && completer->popup()->isVisible() && completer->completionCount() == 1
                    && completer->currentCompletion() == text)
                    completer->popup()->hide();
            },
            Qt::QueuedConnection);
    });
    connect(m_when, &QComboBox::currentIndexChanged, this, &BatchOperationRow::changed);
    connect(m_key, &QLineEdit::textChanged, this, &BatchOperationRow::changed);
    connect(m_second, &QLineEdit::textChanged, this, &BatchOperationRow::changed);
    setNumber(1);
    updateFields();
}

QList<QWidget *> BatchOperationRow::fields() const
{
    return {m_kind, m_key, m_second, m_when};
}

BatchOperation BatchOperationRow::operation() const
{
    BatchOperation op;
    op.kind = static_cast<Kind>(m_kind->currentData().toInt());
    op.key = m_key->text();
    switch (op.kind) {
    case Kind::Set:
    case Kind::OnlyWhere:
        op.value = m_second->text();
        break;
    case Kind::Rename:
        op.newKey = m_second->text();
        op.whenNewKeyExists = static_cast<When>(m_when->currentData().toInt());
        break;
    case Kind::Remove:
        break;
    }
    return op;
}

void BatchOperationRow::setOperation(const BatchOperation &operation)
{
    m_kind->setCurrentIndex(m_kind->findData(int(operation.kind)));
    m_shownKind = operation.kind;
    m_key->setText(operation.key);
    m_second->setText(operation.kind == Kind::Rename ? operation.newKey : operation.value);
    m_when->setCurrentIndex(m_when->findData(int(operation.whenNewKeyExists)));
    updateFields();
}

void BatchOperationRow::setNumber(int number)
{
    m_number = number;
    m_numberLabel->setText(tr("%1.").arg(number));
    m_kind->setAccessibleName(tr("Operation %1: kind").arg(number));
    m_key->setAccessibleName(tr("Operation %1: key").arg(number));
    m_when->setAccessibleName(tr("Operation %1: where the new key exists").arg(number));
    m_problemLabel->setAccessibleName(tr("Operation %1: problem").arg(number));
    updateFields();
}

void BatchOperationRow::updateFields()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    m_second->setVisible(kind != Kind::Remove);
    m_secondLabel->setVisible(kind != Kind::Remove);
    m_when->setVisible(kind == Kind::Rename);
    switch (kind) {
    case Kind::Set:
        m_key->setToolTip(tr("The key to set; it is added where missing"));
        m_secondLabel->setText(tr("to"));
        m_second->setPlaceholderText(tr("value"));
        m_second->setToolTip(tr("The value the key gets (up to 500 characters)"));
        m_second->setAccessibleName(tr("Operation %1: value").arg(m_number));
        break;
    case Kind::Remove:
        m_key->setToolTip(tr("The key to remove; artifacts without it stay as they are"));
        break;
    case Kind::Rename:
        m_key->setToolTip(tr("The key to rename; artifacts without it stay as they are"));
        m_secondLabel->setText(tr("to"));
        m_second->setPlaceholderText(tr("new key"));
        m_second->setToolTip(tr("The key's new name; it keeps its value"));
        m_second->setAccessibleName(tr("Operation %1: new key").arg(m_number));
        break;
    case Kind::OnlyWhere:
        m_key->setToolTip(tr("The key the condition looks at, on the artifact as fetched"));
        m_secondLabel->setText(tr("is"));
        m_second->setPlaceholderText(tr("value"));
        m_second->setToolTip(tr("Only artifacts where the key has exactly this value are changed"));
        m_second->setAccessibleName(tr("Operation %1: required value").arg(m_number));
        break;
    }
    // The key completions fit the new key of a rename too (renaming onto an existing key is a choice).
    if (kind == Kind::Rename && !m_second->completer() && m_key->completer())
        m_second->setCompleter(keyCompleter(m_key->completer()->model(), m_second));
    else if (kind != Kind::Rename && m_second->completer())
        m_second->setCompleter(nullptr);
}

void BatchOperationRow::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    setToolTip(problem);
    updateTint();
}

void BatchOperationRow::setCurrent(bool current)
{
    m_current = current;
    setFrameShape(current ? QFrame::StyledPanel : QFrame::NoFrame);
}

void BatchOperationRow::updateTint()
{
    // The key's own problem (empty, too long, NUL) tints the key; anything else the second field.
    const bool keyBad = !m_problem.isEmpty() && !BatchOps::problem(BatchOperation::remove(m_key->text())).isEmpty();
    const bool secondBad = !m_problem.isEmpty() && !keyBad;
    for (auto [edit, bad] : {std::pair {m_key, keyBad}, std::pair {m_second, secondBad}}) {
        QPalette pal; // an empty palette inherits the window's again
        if (bad) {
            pal = palette();
            pal.setColor(QPalette::Base, StatusColors::invalidBase(pal));
        }
        edit->setPalette(pal);
    }
}

void BatchOperationRow::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_problem.isEmpty())
        updateTint();
}

bool BatchOperationRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        Q_EMIT entered();
    return QFrame::eventFilter(watched, event);
}
