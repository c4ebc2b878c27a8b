#include "openfieldhint.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

OpenFieldHint::OpenFieldHint(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(u"openFieldHint"_s);
    m_label->setObjectName(u"openFieldHintText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_button->setObjectName(u"openFieldChoices"_s);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setMenu(new QMenu(m_button));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    updateVisibility();
}

void OpenFieldHint::setText(const QString &text)
{
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_label->setToolTip(text);
    updateVisibility();
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_label, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString OpenFieldHint::text() const
{
    return m_label->text();
}

void OpenFieldHint::setChoices(const QString &buttonText, const QList<OpenRequest> &choices)
{
    QMenu *menu = m_button->menu();
    menu->clear();
    for (const OpenRequest &choice : choices) {
        QString label;
        switch (choice.kind) {
        case OpenRequest::Kind::Artifact:
            label = tr("Artifact %1").arg(choice.id);
            break;
        case OpenRequest::Kind::Recording:
            label = tr("Recording %1").arg(choice.id);
            break;
        case OpenRequest::Kind::Bot:
            label = tr("Bot %1").arg(choice.id);
            break;
        default:
            label = choice.id;
            break;
        }
        if (!choice.label.isEmpty())
            //: A choice in the Open field's menu: "Artifact <id>", then what it belongs to.
            label = tr("%1 (%2)").arg(label, choice.label);
        menu->addAction(label, this, [this, choice] {
            clear();
            Q_EMIT chosen(choice);
        });
    }
    m_button->setText(buttonText);
    m_button->setAccessibleName(buttonText);
    m_button->setToolTip(tr("Open one of these instead"));
    updateVisibility();
}

void OpenFieldHint::clear()
{
    setText({});
    setChoices({}, {});
}

void OpenFieldHint::updateVisibility()
{
    m_label->setVisible(!m_label->text().isEmpty());
    m_button->setVisible(!m_button->menu()->isEmpty());
}
