#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(QCoreApplication &app, const QLocale &locale)
{
    // Debian ships them in qt6-translations-l10n, which the README's commands install.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, u"participant-inspector"_s, u"_"_s, u":/i18n"_s)
        || appTranslator->load(QLocale(QLocale::English), u"participant-inspector"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}

} // namespace Translations
