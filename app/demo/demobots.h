#pragma once

#include "democatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The bots of the demo workspace, for Retrieve Bot (spec: "Related endpoints"). Derived from the
// catalog without drawing from its generators, so the artifacts and recordings stay byte-identical:
// - every catalog recording has a bot of its own, whose one recording leads to the recording's newest
//   artifact (media_shortcuts.participant_events);
// - except the recordings of artifacts 3 and 2, which are two recordings of one bot (stopped and
//   started again), in that (time) order;
// - one bot that has not recorded yet (recordings: []);
// - one bot whose only recording did not capture participant events (participant_events: null); that
//   recording is not in the catalog, as no artifact belongs to it.
// Bot ids come from their own streams of the workspace seed. The id index is built on the first
// question, so workspaces that never see a bot request (the list benchmark) pay nothing for it.
class DemoBots
{
public:
    enum class Special { TwoRecordings, NoRecording, NotCaptured };

    explicit DemoBots(const DemoCatalog &catalog);

    // The catalog recordings' bots in recording order, then the special ones.
    QStringList ids() const;
    // The bot a catalog recording belongs to; empty for an index out of range.
    QString idForRecording(int catalogRecording) const;
    // Empty when the workspace is too small to hold it (TwoRecordings needs four artifacts).
    QString specialId(Special special) const;
    // The bot as Retrieve Bot returns it; nullopt for an unknown id.
    std::optional<QJsonObject> json(const QString &botId, const DemoCatalog::UrlMaker &urls) const;

private:
    // What an id names: a catalog recording's own bot (>= 0), or -1 - Special.
    using Key = int;

    bool hasPair() const { return m_pair[0] >= 0; }
    bool inPair(int catalogRecording) const;
    QString ownBotId(int catalogRecording) const;
    void buildIndex() const;
    int newestArtifactOf(int catalogRecording) const;
    QJsonObject recordingJson(int catalogRecording, const DemoCatalog::UrlMaker &urls) const;
    QJsonObject uncapturedRecordingJson() const;
    QJsonObject botJson(const QString &id, const QJsonArray &recordings, int platformArtifact) const;

    const DemoCatalog &m_catalog;
    int m_pair[2] = {-1, -1}; // the catalog recordings of the two-recording bot, older first
    mutable QHash<QString, Key> m_index;
};
