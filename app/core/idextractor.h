#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// Reads what a support person pastes into the Open field: a bare bot, artifact or recording id, a URL
// (an API URL, a dashboard link, a download link), a sentence from a ticket that contains one or
// several, or the short id the artifact table shows.
struct OpenRequest
{
    enum class Kind {
        Nothing, // no id found
        Artifact, // the text says it is an artifact (participant_events) id
        Recording, // the text says it is a recording id (recording_id=, /recording/, "recording ...")
        Unknown, // an id without context: try it as an artifact, then a bot, then a recording
        Prefix, // the start of an id (the table's 8 characters): matched against the loaded rows
        Bot, // the text says it is a bot id (bot_id=, /bot/, /bots/, "bot ...")
    };

    Kind kind = Kind::Nothing;
    QString id; // lower-case canonical UUID; for Prefix the lower-case start of one
    // How a choice is shown beside its id when the id alone says little (the recording a bot's
    // artifact belongs to); empty from IdExtractor. The "= {}" lets {kind, id} leave it out without
    // a -Wmissing-field-initializers warning.
    QString label = {};
    friend bool operator==(const OpenRequest &, const OpenRequest &) = default;
};

namespace IdExtractor {

// Every distinct id in the text, those whose words say what they are first (in text order), then the
// rest. Short ids count only when the text holds no whole id. Empty when there is none.
QList<OpenRequest> parseAll(const QString &text);
// The first of parseAll(), or Nothing.
OpenRequest parse(const QString &text);

} // namespace IdExtractor
