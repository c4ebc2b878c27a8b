#include "metadatadiff.h"

namespace MetadataDiff {

QList<DiffRow> diff(const Metadata &before, const Metadata &after)
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
            if (b.value() != a.value())
                rows.append({DiffRow::Kind::Changed, b.key(), b.value(), a.value()});
            ++b;
            ++a;
        }
    }
    return rows;
}

} // namespace MetadataDiff
