#include "Clock.h"
#include "MetricsStore.h"
#include "TeammateTableModel.h"
#include "TeammateTableStyle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kTeam = QStringLiteral("42");

QPalette palette(const QColor& base, const QColor& text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, base);
    p.setColor(QPalette::Window, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::WindowText, text);
    return p;
}

QPalette lightPalette()
{
    return palette(QColor(0xFF, 0xFF, 0xFF), QColor(0x1A, 0x1A, 0x1A));
}

QPalette darkPalette()
{
    return palette(QColor(0x1E, 0x1E, 0x1E), QColor(0xEE, 0xEE, 0xEE));
}

QColor colourOf(const QVariant& value)
{
    return value.isValid() ? value.value<QBrush>().color() : QColor();
}

// Teammate 1 is normal, 2 at warning, 3 critical; 4 is away; 9 is not in
// the directory.
struct Fixture
{
    ManualClock clock;
    MetricsStore store;
    TeammateTableModel model{store, clock};
    TeammateTableStyle style;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        style.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(
            &style, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Directory d;
        for (const char* adminId : {"1", "2", "3", "4"}) {
            Admin a;
            a.id = QString::fromLatin1(adminId);
            a.name = QStringLiteral("Teammate named %1").arg(a.id);
            a.away = a.id == QLatin1String("4");
            d.admins.insert(a.id, a);
        }
        store.setDirectory(d);
        model.setTeam(kTeam);
        store.ingest(
            kTeam,
            {TeamMetric{QStringLiteral("1"), 2, 0, 0}, TeamMetric{QStringLiteral("2"), 9, 0, 0},
             TeamMetric{QStringLiteral("3"), 14, 0, 0}, TeamMetric{QStringLiteral("4"), 1, 0, 0},
             TeamMetric{QStringLiteral("9"), 1, 0, 0}},
            clock.now(), 1800);
    }

    QModelIndex cell(const char* adminId, int column = TeammateTableModel::OpenColumn) const
    {
        return style.index(model.rowOf(QString::fromLatin1(adminId)), column);
    }
    QColor background(const char* adminId, int column = TeammateTableModel::OpenColumn) const
    {
        return colourOf(cell(adminId, column).data(Qt::BackgroundRole));
    }
    QColor foreground(const char* adminId, int column = TeammateTableModel::OpenColumn) const
    {
        return colourOf(cell(adminId, column).data(Qt::ForegroundRole));
    }
};

} // namespace

class TestTeammateTableStyle : public QObject
{
    Q_OBJECT

private slots:
    void severityColours_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void severityColours()
    {
        QFETCH(QPalette, palette);
        Fixture f;
        f.style.setPalette(palette);
        const QColor base = palette.color(QPalette::Base);

        QCOMPARE(f.cell("2").data(TeammateTableModel::SeverityRole).toInt(), 1);
        QCOMPARE(f.cell("3").data(TeammateTableModel::SeverityRole).toInt(), 2);
        const QColor normal = f.background("1");
        const QColor warning = f.background("2");
        const QColor critical = f.background("3");
        QVERIFY(!normal.isValid());
        QVERIFY(warning.isValid());
        QVERIFY(critical.isValid());
        QVERIFY(warning != base);
        QVERIFY(critical != base);
        QVERIFY(warning != critical);
        // Amber leans to red and green, red to red alone.
        QVERIFY(warning.greenF() > critical.greenF());
        // The name cell carries the row's worst level in bold, without a tint.
        QVERIFY(!f.background("3", TeammateTableModel::NameColumn).isValid());
        QVERIFY(
            f.cell("3", TeammateTableModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!f.cell("1", TeammateTableModel::NameColumn).data(Qt::FontRole).isValid());
        QVERIFY(!f.background("3", TeammateTableModel::SnoozedColumn).isValid());

        // Text stays readable on the tint (WCAG AA for normal text).
        for (const char* adminId : {"2", "3"}) {
            const QColor fg = f.foreground(adminId);
            QVERIFY(fg.isValid());
            QVERIFY2(TeammateTableStyle::contrastRatio(fg, f.background(adminId)) >= 4.5, adminId);
        }
        // The tint keeps to the palette's lightness: light stays light, dark dark.
        const bool darkTheme = base.lightnessF() < 0.5;
        QCOMPARE(warning.lightnessF() < 0.5, darkTheme);
        QCOMPARE(critical.lightnessF() < 0.5, darkTheme);
        // The glyph is still there: colour is never the only signal.
        QVERIFY(f.cell("3").data().toString().startsWith(QChar(0x25A0)));
    }

    void followsTheApplicationPalette()
    {
        const QPalette original = QGuiApplication::palette();
        Fixture f;
        QGuiApplication::setPalette(darkPalette());
        const QColor onDark = f.background("3");
        QGuiApplication::setPalette(lightPalette());
        const QColor onLight = f.background("3");
        QGuiApplication::setPalette(original);
        QVERIFY(onDark.isValid());
        QVERIFY(onLight.isValid());
        QVERIFY(onDark.lightnessF() < onLight.lightnessF());
    }

    void staleDimsWithoutHiding()
    {
        Fixture f;
        f.style.setPalette(lightPalette());
        const QColor base = lightPalette().color(QPalette::Base);
        const QColor text = lightPalette().color(QPalette::Text);
        const QString display = f.cell("1").data().toString();
        QVERIFY(!f.foreground("1").isValid());
        const QColor criticalFg = f.foreground("3");
        const QColor criticalBg = f.background("3");

        QSignalSpy changed(&f.style, &QAbstractItemModel::dataChanged);
        f.style.setStale(true);
        QVERIFY(f.style.isStale());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::ForegroundRole));

        const QColor dimmed = f.foreground("1");
        QVERIFY(dimmed.isValid());
        const double full = TeammateTableStyle::contrastRatio(text, base);
        const double dim = TeammateTableStyle::contrastRatio(dimmed, base);
        QVERIFY(dim < full);
        QVERIFY2(dim >= 3.0, "dimmed text must stay readable");
        QCOMPARE(f.cell("1").data().toString(), display);
        QVERIFY(f.foreground("3") != criticalFg);
        QVERIFY(f.background("3").isValid()); // still marked, just quieter
        QVERIFY(f.background("3") != criticalBg);
        QVERIFY(f.foreground("1", TeammateTableModel::NameColumn).isValid());

        f.style.setStale(false);
        QVERIFY(!f.foreground("1").isValid());
        QCOMPARE(f.foreground("3"), criticalFg);
    }

    void awayTeammatesAreDimmed()
    {
        Fixture f;
        f.style.setPalette(darkPalette());
        QVERIFY(f.cell("4").data(TeammateTableModel::AwayRole).toBool());
        const QColor away = f.foreground("4");
        QVERIFY(away.isValid());
        QVERIFY(TeammateTableStyle::contrastRatio(away, darkPalette().color(QPalette::Base)) <
                TeammateTableStyle::contrastRatio(darkPalette().color(QPalette::Text),
                                                  darkPalette().color(QPalette::Base)));
        QVERIFY(f.foreground("4", TeammateTableModel::NameColumn).isValid());
        QVERIFY(!f.foreground("1").isValid());
    }

    void unknownTeammatesAreItalic()
    {
        Fixture f;
        const QVariant unknown = f.cell("9", TeammateTableModel::NameColumn).data(Qt::FontRole);
        QVERIFY(unknown.isValid());
        QVERIFY(unknown.value<QFont>().italic());
        const QVariant known = f.cell("1", TeammateTableModel::NameColumn).data(Qt::FontRole);
        QVERIFY(!known.isValid() || !known.value<QFont>().italic());
    }

    void addsNoDecoration()
    {
        Fixture f;
        for (int column = 0; column < f.style.columnCount(); ++column)
            QVERIFY(!f.cell("3", column).data(Qt::DecorationRole).isValid());
    }
};

QTEST_MAIN(TestTeammateTableStyle)
#include "tst_teammatetablestyle.moc"
