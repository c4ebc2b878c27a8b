#include "historydiff.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDiff)
};
} // namespace

namespace HistoryDiff {

QList<Row> diff(const Metadata &before, const Metadata &after, bool withUnchanged)
{
    // Both maps are sorted by key, so one merge-like walk lists every key once, in order.
    QList<Row> rows;
    auto b = before.cbegin();
    auto a = after.cbegin();
    while (b != before.cend() || a != after.cend()) {
        Row row;
        if (a == after.cend() || (b != before.cend() && b.key() < a.key())) {
            row = {b.key(), b.value(), std::nullopt, Change::Removed};
            ++b;
        } else if (b == before.cend() || a.key() < b.key()) {
            row = {a.key(), std::nullopt, a.value(), Change::Added};
            ++a;
        } else {
            row = {b.key(), b.value(), a.value(), b.value() == a.value() ? Change::Unchanged : Change::Changed};
            ++a;
            ++b;
        }
        if (withUnchanged || row.change != Change::Unchanged)
            rows.append(row);
    }
    return rows;
}

QString summary(const QList<Row> &rows)
{
    QStringList names;
    int changed = 0;
    for (const Row &row : rows) {
        if (row.change == Change::Unchanged)
            continue;
        ++changed;
        if (names.size() < 2)
            names.append(row.key.isEmpty() ? Text::tr("(empty key)") : row.key);
    }
    if (changed == 0)
        return Text::tr("No keys changed");
    if (changed > names.size())
        names.append(Text::tr("+%1").arg(changed - names.size()));
    return Text::tr("%n key(s) changed: %1", nullptr, changed).arg(names.join(QLatin1String(", ")));
}

QString sideText(const Side &side)
{
    if (!side)
        return Text::tr("(absent)");
    if (side->isNull())
        return Text::tr("null");
    if (side->isString() && (*side)->isEmpty())
        return Text::tr("(empty)");
    return **side;
}

bool isPlaceholder(const Side &side)
{
    return !side || side->isNull() || (side->isString() && (*side)->isEmpty());
}

QString changeText(Change change)
{
    switch (change) {
    case Change::Added:
        return Text::tr("added");
    case Change::Changed:
        return Text::tr("changed");
    case Change::Removed:
        return Text::tr("removed");
    case Change::Unchanged:
        break;
    }
    return Text::tr("unchanged");
}

} // namespace HistoryDiff
