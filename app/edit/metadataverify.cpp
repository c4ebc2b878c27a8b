#include "metadataverify.h"

#include <QSet>

namespace MetadataVerify {

QList<Difference> compare(const Metadata &before, const Metadata &sent, const Metadata &answer)
{
    QList<Difference> differences;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const auto found = answer.constFind(it.key());
        if (found == answer.cend())
            differences.append({Difference::Kind::Dropped, it.key(), it.value(), std::nullopt});
        else if (found.value() != it.value())
            differences.append({Difference::Kind::Altered, it.key(), it.value(), found.value()});
    }
    for (auto it = answer.cbegin(); it != answer.cend(); ++it) {
        if (sent.contains(it.key()))
            continue;
        const Difference::Kind kind = before.contains(it.key()) ? Difference::Kind::Kept : Difference::Kind::Added;
        differences.append({kind, it.key(), std::nullopt, it.value()});
    }
    std::sort(
        differences.begin(), differences.end(), [](const Difference &a, const Difference &b) { return a.key < b.key; });
    return differences;
}

bool looksLikeMerge(const QList<Difference> &differences)
{
    return std::any_of(
        differences.cbegin(), differences.cend(), [](const Difference &d) { return d.kind == Difference::Kind::Kept; });
}

Metadata withKeptKeysAsNull(const Metadata &sent, const QList<Difference> &differences)
{
    Metadata next = sent;
    for (const Difference &d : differences) {
        if (d.kind == Difference::Kind::Kept)
            next.insert(d.key, MetadataValue(std::nullopt));
    }
    return next;
}

} // namespace MetadataVerify
