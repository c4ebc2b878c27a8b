// Qt's own texts follow the locale too: a German user sees "Schließen" on dialog buttons, "Strg" in
// shortcuts and "Verbindung verweigert" from the network, not English in the middle of German.
#include "core/translations.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtTextsFollowTheLocale_data();
    void qtTextsFollowTheLocale();
};

void TestTranslations::qtTextsFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("refused");
    QTest::addColumn<QString>("ctrl");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"Schließen"_s
                            << u"Verbindung verweigert"_s << u"Strg"_s;
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"Fermer"_s << u"Connexion refusée"_s
                            << u"Ctrl"_s;
}

void TestTranslations::qtTextsFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, close);
    QFETCH(QString, refused);
    QFETCH(QString, ctrl);
    Translations::install(*QCoreApplication::instance(), locale);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), close);
    QCOMPARE(QCoreApplication::translate("QAbstractSocket", "Connection refused"), refused);
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    QVERIFY2(shortcut.startsWith(ctrl), qPrintable(shortcut));
    // Only the last locale's translators stay in force between rows.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
