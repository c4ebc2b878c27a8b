#include "analysis/imagesizedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

QSize ImageSizeDialog::clamped(QSize size)
{
    return {std::clamp(size.width(), minWidth, maxSide), std::clamp(size.height(), minHeight, maxSide)};
}

ImageSizeDialog::ImageSizeDialog(QSize current, const QString &format, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"imageSizeDialog"_s);
    //: %1 is the image format, PNG or SVG
    setWindowTitle(tr("Chart as %1").arg(format));
    const QSize chartSize = clamped(current.isValid() ? current : QSize(1920, 1080));

    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"imageSizePresets"_s);
    m_presets->setAccessibleName(tr("Size preset"));
    m_presets->setToolTip(tr("A common size, or the chart's size on screen"));
    //: %1 x %2 is the chart's size on screen in pixels
    m_presets->addItem(tr("Chart size (%1 \u00d7 %2)").arg(chartSize.width()).arg(chartSize.height()), chartSize);
    m_presets->addItem(tr("HD (1280 \u00d7 720)"), QSize(1280, 720));
    m_presets->addItem(tr("Full HD (1920 \u00d7 1080)"), QSize(1920, 1080));
    m_presets->addItem(tr("4K (3840 \u00d7 2160)"), QSize(3840, 2160));
    m_presets->addItem(tr("Custom"), QSize());

    const auto makeSpin = [this](const QString &name, const QString &accessible, int minimum, int value) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setAccessibleName(accessible);
        spin->setRange(minimum, maxSide);
        spin->setSuffix(tr(" px"));
        spin->setValue(value);
        spin->setToolTip(tr("%1 to %2 pixels").arg(minimum).arg(maxSide));
        return spin;
    };
    m_width = makeSpin(u"imageWidth"_s, tr("Width"), minWidth, chartSize.width());
    m_height = makeSpin(u"imageHeight"_s, tr("Height"), minHeight, chartSize.height());

    m_currentView = new QRadioButton(tr("&Current view (visible time range and row order)"), this);
    m_currentView->setObjectName(u"imageCurrentView"_s);
    m_currentView->setToolTip(tr("The time range and rows the chart shows now"));
    m_currentView->setChecked(true);
    m_wholeMeeting = new QRadioButton(tr("&Whole meeting"), this);
    m_wholeMeeting->setObjectName(u"imageWholeMeeting"_s);
    m_wholeMeeting->setToolTip(tr("The whole meeting, every row, in the chart's row order"));
    auto *what = new QGroupBox(tr("Show"), this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_currentView);
    whatLayout->addWidget(m_wholeMeeting);

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_presets);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"imageSizeButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(what);
    layout->addWidget(buttons);

    connect(m_presets, &QComboBox::activated, this, &ImageSizeDialog::applyPreset);
    connect(m_width, &QSpinBox::valueChanged, this, &ImageSizeDialog::syncPreset);
    connect(m_height, &QSpinBox::valueChanged, this, &ImageSizeDialog::syncPreset);
}

ImageSizeDialog::Choice ImageSizeDialog::choice() const
{
    return {QSize(m_width->value(), m_height->value()), m_currentView->isChecked()};
}

void ImageSizeDialog::setChoice(const Choice &choice)
{
    const QSize size = clamped(choice.size);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    (choice.currentView ? m_currentView : m_wholeMeeting)->setChecked(true);
}

void ImageSizeDialog::applyPreset(int index)
{
    const QSize size = m_presets->itemData(index).toSize();
    if (!size.isValid())
        return;
    const QSignalBlocker blockWidth(m_width);
    const QSignalBlocker blockHeight(m_height);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

// The preset that matches the numbers typed, or Custom.
void ImageSizeDialog::syncPreset()
{
    const QSize size(m_width->value(), m_height->value());
    int match = m_presets->count() - 1;
    for (int i = 0; i < m_presets->count() - 1; ++i) {
        if (m_presets->itemData(i).toSize() == size) {
            match = i;
            break;
        }
    }
    m_presets->setCurrentIndex(match);
}
