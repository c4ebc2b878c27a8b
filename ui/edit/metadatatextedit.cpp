#include "metadatatextedit.h"

#include "statuscolors.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int pauseMs = 300;
constexpr int maxListedErrors = 5;
} // namespace

MetadataTextEdit::MetadataTextEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_errors(new QLabel(this))
    , m_pause(new QTimer(this))
{
    m_edit->setObjectName(u"metadataText"_s);
    m_edit->setAccessibleName(tr("Metadata as text"));
    m_edit->setToolTip(tr("One key: value per line. Values with a newline, spaces at either end or no "
                          "characters are written in \"quotes\" with JSON escapes; null is null; "
                          "=42 is a JSON value; # starts a comment. See README, \"Editing metadata\"."));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    m_errors->setObjectName(u"metadataTextErrors"_s);
    m_errors->setAccessibleName(tr("Lines that cannot be read"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::RichText);
    m_errors->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_errors->hide();
    connect(m_errors, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith("line:"_L1))
            goToLine(link.mid(5).toInt());
    });
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &MetadataTextEdit::check);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_pause->start();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_errors);
}

void MetadataTextEdit::setMetadata(const Metadata &map)
{
    const MetadataText::Parsed now = parsed();
    if (now.ok() && now.metadata == map && !m_edit->toPlainText().isEmpty())
        return;
    m_pause->stop();
    m_settingText = true;
    m_edit->setPlainText(MetadataText::write(map));
    m_settingText = false;
    showErrors({});
}

MetadataText::Parsed MetadataTextEdit::parsed() const
{
    return MetadataText::read(m_edit->toPlainText());
}

void MetadataTextEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void MetadataTextEdit::goToLine(int line)
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void MetadataTextEdit::check()
{
    const MetadataText::Parsed now = parsed();
    showErrors(now.errors);
    if (now.ok())
        Q_EMIT textEdited(now.metadata);
}

void MetadataTextEdit::showErrors(const QList<MetadataText::LineError> &errors)
{
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    for (const MetadataText::LineError &error : errors) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(error.line - 1));
        mark.format.setBackground(StatusColors::invalidBase(m_edit->palette()));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
        if (lines.size() < maxListedErrors) {
            lines << tr("<a href=\"line:%1\">Line %1</a>: %2").arg(error.line).arg(error.message.toHtmlEscaped());
        }
    }
    if (errors.size() > maxListedErrors)
        lines << tr("and %n more lines", nullptr, static_cast<int>(errors.size() - maxListedErrors));
    m_edit->setExtraSelections(marks);
    m_errors->setText(lines.join(u"<br>"_s));
    m_errors->setVisible(!errors.isEmpty());
    if (errors != m_lastErrors) {
        m_lastErrors = errors;
        Q_EMIT errorsChanged(errors);
    }
}
