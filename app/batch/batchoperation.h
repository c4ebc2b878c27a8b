#pragma once

#include "domain/artifact.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One step of a batch edit (Edit > Batch edit): what support staff would otherwise script, such as
// "every artifact of customer X gets team=blue" or "rename crm_id to crmId". Operations apply in
// order to each artifact's map as fetched; conditions gate the whole artifact (all must hold on the
// map as fetched, before any operation), whatever their place in the list.
struct BatchOperation
{
    enum class Kind {
        Set, // key gets value (added or replaced)
        Remove, // key goes (nothing happens where it is missing)
        Rename, // key becomes newKey with its value (nothing happens where key is missing)
        OnlyWhere, // condition: the artifact is changed only where key has exactly value
    };
    // Rename onto a key the artifact already has.
    enum class WhenNewKeyExists {
        Keep, // both keys stay as they are on that artifact (this rename is not done there)
        Overwrite, // newKey takes key's value, key goes
        SkipArtifact, // the artifact is left alone entirely
    };

    Kind kind = Kind::Set;
    QString key;
    QString value; // Set: the new value; OnlyWhere: the value required
    QString newKey; // Rename
    WhenNewKeyExists whenNewKeyExists = WhenNewKeyExists::Keep;

    static BatchOperation set(const QString &key, const QString &value);
    static BatchOperation remove(const QString &key);
    static BatchOperation rename(
        const QString &key, const QString &newKey, WhenNewKeyExists when = WhenNewKeyExists::Keep);
    static BatchOperation onlyWhere(const QString &key, const QString &value);

    friend bool operator==(const BatchOperation &, const BatchOperation &) = default;
};

// What a dry run decides for one artifact.
enum class BatchVerdict {
    WillChange, // the operations change its map: it is sent in the run
    NoChange, // the map would stay the same (a condition does not hold, or it already is so)
    Skipped, // a rename met an existing key with WhenNewKeyExists::SkipArtifact
    Invalid, // the result would break a metadata rule, or the server's map could not be read
    Gone, // the server answered 404
    Failed, // it could not be fetched (the reason says why)
    NotFetched, // the dry run has not got to it (yet)
};

namespace BatchOps {
Q_NAMESPACE

// Why an operation cannot run, as the metadata editor says it of a row (an empty key, a value over
// 500 characters, a NUL character, a rename onto itself); empty when it can.
QString problem(const BatchOperation &operation);
// The first problem of a list, as "Operation 2: …"; also "there is nothing to do" when no operation
// changes anything (only conditions, or none). Empty when the list can run.
QString firstProblem(const QList<BatchOperation> &operations);

struct Applied
{
    Metadata after; // the map the operations leave (== before unless verdict is WillChange)
    BatchVerdict verdict = BatchVerdict::NoChange;
    QString reason; // one translated sentence for NoChange, Skipped and Invalid; empty for WillChange
};
// The operations on one artifact's map (its metadata as fetched). Never fails: a result that breaks
// a metadata rule is verdict Invalid with the rule in reason.
Applied apply(const Metadata &before, const QList<BatchOperation> &operations);

// One line for people: "Set team to “blue”", "Rename crm_id to crmId (skip the artifact where crmId
// exists)", "Only where customer is “X”".
QString describe(const BatchOperation &operation);
// The verdict in a word or two ("will change", "no change", …), translated.
QString verdictText(BatchVerdict verdict);

// A value as these sentences and tables show it: “text” in quotes (line breaks as ↵, cut to maxChars
// with …; maxChars <= 0: never cut), null, or a raw JSON value as written; nullopt is "(absent)".
QString valueText(const std::optional<MetadataValue> &value, int maxChars = 40);
// What the operations changed, one line per key in key order: "key: “a” → “b”", "key: added “v”",
// "key: removed". Empty when the maps are equal.
QStringList changeLines(const Metadata &before, const Metadata &after, int maxChars = 40);
} // namespace BatchOps

Q_DECLARE_METATYPE(BatchOperation)
