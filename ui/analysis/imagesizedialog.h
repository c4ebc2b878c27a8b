#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QRadioButton;
class QSpinBox;

// Asks how big a chart image should be and what it shows: width and height (starting at the chart's
// own size, with presets for 1280 x 720, 1920 x 1080 and 3840 x 2160), and the current view (the
// chart's visible range and row order) or the whole meeting.
class ImageSizeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QSize size;
        bool currentView = true;
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    static constexpr int minWidth = 100;
    static constexpr int minHeight = 60;
    static constexpr int maxSide = 16384;

    // current: the chart's size on screen (clamped into the allowed sizes). format: "PNG" or "SVG".
    ImageSizeDialog(QSize current, const QString &format, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(const Choice &choice);

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QComboBox *presetBox() const { return m_presets; }
    QRadioButton *currentViewButton() const { return m_currentView; }
    QRadioButton *wholeMeetingButton() const { return m_wholeMeeting; }

    static QSize clamped(QSize size);

private:
    void applyPreset(int index);
    void syncPreset();

    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_presets = nullptr;
    QRadioButton *m_currentView = nullptr;
    QRadioButton *m_wholeMeeting = nullptr;
};
