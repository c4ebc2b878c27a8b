#include "metadatadiff.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetadataDiff)
};
} // namespace

namespace MetadataDiff {

QList<DiffRow> diff(const Metadata &before, const Metadata &after, bool withUnchanged)
{
    // Both maps are sorted by key: one merge walk visits every key once, in order.
    QList<DiffRow> rows;
    auto b = before.cbegin();
    auto a = after.cbegin();
    while (b != before.cend() || a != after.cend()) {
        if (a == after.cend() || (b != before.cend() && b.key() < a.key())) {
            rows.append({DiffRow::Kind::Removed, b.key(), b.value(), std::nullopt});
            ++b;
        } else if (b == before.cend() || a.key() < b.key()) {
            rows.append({DiffRow::Kind::Added, a.key(), std::nullopt, a.value()});
            ++a;
        } else {
            const bool same = b.value() == a.value();
            if (!same || withUnchanged)
                rows.append({same ? DiffRow::Kind::Unchanged : DiffRow::Kind::Changed, b.key(), b.value(), a.value()});
            ++b;
            ++a;
        }
    }
    return rows;
}

QString summary(const QList<DiffRow> &rows)
{
    QStringList names;
    int changed = 0;
    for (const DiffRow &row : rows) {
        if (row.kind == DiffRow::Kind::Unchanged)
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

QString kindText(DiffRow::Kind kind)
{
    switch (kind) {
    case DiffRow::Kind::Added:
        return Text::tr("added");
    case DiffRow::Kind::Changed:
        return Text::tr("changed");
    case DiffRow::Kind::Removed:
        return Text::tr("removed");
    case DiffRow::Kind::Unchanged:
        break;
    }
    return Text::tr("unchanged");
}

} // namespace MetadataDiff
