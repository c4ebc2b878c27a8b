#pragma once

// The read-only fields of the detail pane and its parts: labels that screen readers read with their
// field name, and forms that wrap when the pane is narrow.

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace DetailFields {

inline void setField(QLabel *label, const QString &field, const QString &text, const QString &toolTip = {})
{
    label->setText(text);
    label->setToolTip(toolTip);
    // Screen readers read the accessible name instead of the text, so it carries both.
    label->setAccessibleName(QCoreApplication::translate("ArtifactDetailPane", "%1: %2").arg(field, text));
}

inline QFormLayout *createForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    // Narrow panes put a value under its label rather than squeezing both.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

inline QLabel *createValueLabel(const QString &objectName, QWidget *parent, bool keyboardSelectable = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (keyboardSelectable) {
        // QLabel takes only click focus; the values worth copying become tab stops so that keyboard
        // users can select them too. The rest stay out of Tab's way.
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
    }
    return label;
}

} // namespace DetailFields
