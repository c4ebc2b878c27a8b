#pragma once

#include <QString>

// What a connection's server has shown a PATCH of metadata to do: replace the stored map with the one
// sent, or merge the sent keys into it. The API leaves this unknown (spec: "Metadata rules"); once a
// save has shown it, the next save does the right thing at the first attempt: on a merging server a
// removed key is sent as null. Kept in QSettings under the connection's name (never anything of its
// key), so it survives restarts; a later answer that shows otherwise overwrites it.
class SaveSemantics
{
public:
    enum class Patch { Unknown, Replaces, Merges };

    static Patch of(const QString &connection);
    // An empty connection name remembers nothing; Unknown forgets.
    static void remember(const QString &connection, Patch patch);

private:
    static QString settingsKey(const QString &connection);
};
