#include "statuscolors.h"
#include "theme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchesAndRemembers();
    void names_data();
    void names();
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Theme::applySaved();
}

void TestTheme::switchesAndRemembers()
{
    const QColor systemBase = QApplication::palette().color(QPalette::Base);
    Theme::apply(Theme::Scheme::Dark);
    QVERIFY(StatusColors::isDark(QApplication::palette()));
    QVERIFY(Theme::saved() == Theme::Scheme::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    Theme::apply(Theme::Scheme::Light);
    QVERIFY(!StatusColors::isDark(QApplication::palette()));
    QVERIFY(Theme::saved() == Theme::Scheme::Light);
    Theme::apply(Theme::Scheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
    QVERIFY(Theme::saved() == Theme::Scheme::System);
}

void TestTheme::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Theme::Scheme>("scheme");
    QTest::newRow("dark") << u"dark"_s << Theme::Scheme::Dark;
    QTest::newRow("light") << u"light"_s << Theme::Scheme::Light;
    QTest::newRow("system") << u"system"_s << Theme::Scheme::System;
    QTest::newRow("unknown falls back") << u"purple"_s << Theme::Scheme::System;
}

void TestTheme::names()
{
    QFETCH(QString, name);
    QFETCH(Theme::Scheme, scheme);
    QVERIFY(Theme::fromString(name) == scheme);
    if (name != u"purple"_s)
        QCOMPARE(Theme::toString(scheme), name);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
