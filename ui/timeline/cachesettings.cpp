#include "cachesettings.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CacheSettings::CacheSettings(const QString &cacheRoot, QWidget *parent)
    : QGroupBox(tr("Timeline cache"), parent)
    , m_cache(cacheRoot)
{
    setObjectName(u"cacheSettings"_s);
    setAccessibleName(tr("Timeline cache"));
    setToolTip(tr("Downloaded timeline files, kept so that opening a timeline again needs no download"));

    m_location = new QLabel(QDir::toNativeSeparators(m_cache.root()), this);
    m_location->setObjectName(u"cacheLocationLabel"_s);
    m_location->setAccessibleName(tr("Cache location"));
    m_location->setToolTip(tr("The folder that holds the downloaded participants, participant events and "
                              "speaker timeline files"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_location->setWordWrap(true);

    m_size = new QLabel(this);
    m_size->setObjectName(u"cacheSizeLabel"_s);
    m_size->setAccessibleName(tr("Cache size"));
    m_size->setToolTip(tr("How much disk space the cached timeline files take"));
    m_size->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_clear = new QPushButton(tr("&Clear cache\u2026"), this);
    m_clear->setObjectName(u"clearCacheButton"_s);
    m_clear->setAccessibleName(tr("Clear cache"));
    m_clear->setToolTip(tr("Delete every cached timeline file; they are downloaded again when needed"));
    connect(m_clear, &QPushButton::clicked, this, &CacheSettings::askToClear);

    // What the last clear did; announced by screen readers as a label's text.
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(u"cacheOutcomeLabel"_s);
    m_outcome->setAccessibleName(tr("Cache status"));
    m_outcome->setToolTip(tr("The outcome of the last clear"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto *form = new QFormLayout;
    auto *locationCaption = new QLabel(tr("Location:"), this);
    locationCaption->setBuddy(m_location);
    form->addRow(locationCaption, m_location);
    auto *sizeCaption = new QLabel(tr("Size:"), this);
    sizeCaption->setBuddy(m_size);
    form->addRow(sizeCaption, m_size);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
    refresh();
}

void CacheSettings::refresh()
{
    const qint64 bytes = m_cache.sizeBytes();
    m_size->setText(locale().formattedDataSize(bytes));
    m_clear->setEnabled(bytes > 0);
}

void CacheSettings::askToClear()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear timeline cache"),
        tr("Delete the cached timeline files (%1)?").arg(m_size->text()), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmClearCacheBox"_s);
    box->setInformativeText(tr("Timelines opened later are downloaded again."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Clear"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            clear();
    });
    box->open();
}

void CacheSettings::clear()
{
    QString why;
    const bool ok = m_cache.clear(&why);
    refresh();
    const QString message = ok ? tr("The timeline cache was cleared.") : why;
    m_outcome->setText(message);
    m_outcome->show();
    Q_EMIT cleared(ok, message);
}
