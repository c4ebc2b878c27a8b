#include "statuscolors.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readable_data();
    void readable();
    void kindsAreDistinct();
    void unknownCodeShownRaw();
    void secondaryTextSitsBetweenTextAndBase_data();
    void secondaryTextSitsBetweenTextAndBase();
};

static QPalette makePalette(const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, base.lighter(120));
    p.setColor(QPalette::AlternateBase, base.darker(110));
    p.setColor(QPalette::Mid, QColor(128, 128, 128));
    return p;
}

void TestStatusColors::readable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("kind");
    const QList<std::pair<const char *, QPalette>> palettes {
        {"light", makePalette(Qt::white, Qt::black)},
        {"dark", makePalette(QColor(30, 30, 30), QColor(230, 230, 230))},
        {"dark base, black text", makePalette(QColor(30, 30, 30), Qt::black)},
        {"light base, white text", makePalette(QColor(250, 250, 250), Qt::white)},
    };
    for (const auto &[name, palette] : palettes) {
        for (int kind = 0; kind <= static_cast<int>(StatusKind::Unknown); ++kind)
            QTest::addRow("%s, kind %d", name, kind) << palette << kind;
    }
}

void TestStatusColors::readable()
{
    QFETCH(QPalette, palette);
    QFETCH(int, kind);
    const StatusStyle s = StatusColors::style(static_cast<StatusKind>(kind), u"x"_s, palette);
    QVERIFY2(StatusColors::contrast(s.foreground, s.background) >= 4.5,
        qPrintable(u"%1 on %2"_s.arg(s.foreground.name(), s.background.name())));
    QVERIFY(!s.icon.isNull());
}

void TestStatusColors::kindsAreDistinct()
{
    const QPalette palette = makePalette(Qt::white, Qt::black);
    QSet<QRgb> backgrounds;
    for (StatusKind kind : {StatusKind::Processing, StatusKind::Done, StatusKind::Failed, StatusKind::Deleted})
        backgrounds.insert(StatusColors::style(kind, {}, palette).background.rgb());
    QCOMPARE(backgrounds.size(), 4);
}

void TestStatusColors::unknownCodeShownRaw()
{
    const StatusStyle s = StatusColors::style(StatusKind::Unknown, u"archived"_s, QPalette());
    QCOMPARE(s.label, u"archived"_s);
    const QFontMetrics metrics(QApplication::font());
    QVERIFY(StatusColors::chipSize(s, metrics).width() > metrics.horizontalAdvance(u"archived"_s));
}

void TestStatusColors::secondaryTextSitsBetweenTextAndBase_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("light") << makePalette(Qt::white, Qt::black) << QColor::fromRgbF(0.3f, 0.3f, 0.3f);
    QTest::newRow("dark") << makePalette(Qt::black, Qt::white) << QColor::fromRgbF(0.7f, 0.7f, 0.7f);
}

void TestStatusColors::secondaryTextSitsBetweenTextAndBase()
{
    QFETCH(QPalette, palette);
    QFETCH(QColor, expected);
    const QColor secondary = StatusColors::secondaryText(palette);
    QCOMPARE(secondary, expected);
    // Quieter than the data, still readable on the cell.
    const QColor base = palette.color(QPalette::Base);
    QVERIFY(StatusColors::contrast(secondary, base) < StatusColors::contrast(palette.color(QPalette::Text), base));
    QVERIFY(StatusColors::contrast(secondary, base) >= 4.5);
}

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
