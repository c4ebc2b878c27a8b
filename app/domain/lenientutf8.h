#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// Servers do send bytes that are not UTF-8 (a metadata value pasted from a Latin-1 system). Rejecting
// the whole answer for that hides everything else in it, so such bytes are read as U+FFFD and counted.
namespace LenientUtf8 {

struct Repaired
{
    QByteArray bytes; // valid UTF-8
    // Where each U+FFFD stands in `bytes` that replaced an invalid sequence, ascending.
    QList<qsizetype> replacements;
};

// nullopt when text is valid UTF-8 already (a fast SIMD check, the common case). Otherwise each
// maximal ill-formed subsequence becomes one U+FFFD, as Unicode recommends (chapter 3, "U+FFFD
// Substitution of Maximal Subparts").
std::optional<Repaired> repair(QByteArrayView text);

// The replacements within [begin, end) of the repaired bytes.
qsizetype countIn(const QList<qsizetype> &replacements, qsizetype begin, qsizetype end);

} // namespace LenientUtf8
