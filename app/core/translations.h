#pragma once

class QCoreApplication;
class QLocale;

namespace Translations {

// Installs Qt's own translations (button texts such as Close, key names such as Strg, network
// messages such as "Connection refused") and the app's, for locale. The app's come from the
// resources under :/i18n; the C and POSIX locales read the English file (plural forms).
void install(QCoreApplication &app, const QLocale &locale);

} // namespace Translations
