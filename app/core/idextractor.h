#pragma once

#include <QString>
#include <QUrl>

// Reads what a support person pastes into the Open field: a bare artifact or recording id, a URL
// (an API URL, a dashboard link, a download link) or a sentence from a ticket that contains one.
struct OpenRequest
{
    enum class Kind {
        Nothing, // no id found
        Artifact, // the text says it is an artifact (participant_events) id
        Recording, // the text says it is a recording id (recording_id=, /recording/, "recording ...")
        Unknown, // an id without context: try it as an artifact, then as a recording
    };

    Kind kind = Kind::Nothing;
    QString id; // lower-case canonical UUID
};

namespace IdExtractor {

OpenRequest parse(const QString &text);

} // namespace IdExtractor
