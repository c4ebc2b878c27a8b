#pragma once

// The participant object (the same in all three Recall files), read with simdjson On-Demand into a
// table keyed by id: one QString per participant, never per segment or event.

#include "speakertimeline.h"
#include "timelinejson_p.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <string>
#include <vector>

namespace TimelineJson {

class ParticipantTable
{
    Q_DECLARE_TR_FUNCTIONS(TimelineParser)
public:
    // Members that only the participants file's summary shows.
    struct Details
    {
        std::optional<QString> email; // nullopt when null or missing
        QByteArray extraData; // extra_data as sent (JSON text); empty when null or missing
        bool hasEmailMember = false; // null and missing look alike in email; a summary tells them apart
    };

    // nested: the participant is a member of a segment or event ("its participant has no id"),
    // not the element itself ("it has no id").
    explicit ParticipantTable(bool nested, bool withDetails = false)
        : m_nested(nested)
        , m_withDetails(withDetails)
    { }

    // Sets index to the participant's row (added at its first appearance; a later one under another
    // name counts as renamed and keeps the first). Returns simdjson's error only when the JSON breaks;
    // a participant of the wrong shape sets skip.
    simdjson::error_code read(od::value value, quint32 &index, QString &skip);
    // Whether the last read() added a participant (false: the id was seen before).
    bool added() const { return m_added; }

    QList<TimelineParticipant> participants;
    std::vector<Details> details; // parallel to participants when withDetails
    qsizetype renamed = 0;

private:
    QHash<qint64, quint32> m_index;
    std::vector<std::string> m_rawNames; // the first name's JSON token, to notice a different one cheaply
    std::vector<bool> m_renamed;
    qint64 m_lastId = 0;
    quint32 m_lastIndex = 0;
    bool m_hasLast = false;
    bool m_added = false;
    bool m_nested = true;
    bool m_withDetails = false;
};

} // namespace TimelineJson
