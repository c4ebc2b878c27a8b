#include "jsonlist_p.h"
#include "participanttable_p.h"

using simdjson::error_code;

namespace TimelineJson {

error_code ParticipantTable::read(od::value value, quint32 &index, QString &skip)
{
    m_added = false;
    od::json_type type;
    if (const error_code e = value.type().get(type))
        return e;
    if (type != od::json_type::object) {
        skip = m_nested ? tr("its participant is %1, not an object").arg(describe(type))
                        : tr("it is %1, not an object").arg(describe(type));
        return simdjson::SUCCESS;
    }
    od::object object;
    od::value member;
    if (const error_code e = value.get_object().get(object))
        return e;
    error_code e = object.find_field_unordered("id").get(member);
    if (e == simdjson::NO_SUCH_FIELD) {
        skip = m_nested ? tr("its participant has no id") : tr("it has no id");
        return simdjson::SUCCESS;
    }
    if (e || (e = member.type().get(type)))
        return e;
    int64_t id = 0;
    e = type == od::json_type::number ? member.get_int64().get(id) : simdjson::INCORRECT_TYPE;
    if (e) {
        if (!itemLevel(e))
            return e;
        const QString token = QString::fromUtf8(trimmed(member.raw_json_token()).substr(0, 30));
        if (type == od::json_type::number)
            skip = m_nested ? tr("its participant id %1 is not a whole number").arg(token)
                            : tr("its id %1 is not a whole number").arg(token);
        else
            skip = m_nested ? tr("its participant id is %1, not a whole number").arg(describe(type))
                            : tr("its id is %1, not a whole number").arg(describe(type));
        return simdjson::SUCCESS;
    }

    std::string_view nameToken = "null"; // a missing name reads as null
    od::value name;
    e = object.find_field_unordered("name").get(name);
    if (!e)
        nameToken = name.raw_json_token();
    if (e && e != simdjson::NO_SUCH_FIELD)
        return e;
    const bool hasName = !e;
    nameToken = trimmed(nameToken);

    if (m_hasLast && id == m_lastId) {
        index = m_lastIndex;
    } else if (const auto found = m_index.constFind(id); found != m_index.cend()) {
        index = found.value();
    } else {
        index = static_cast<quint32>(participants.size());
        m_index.insert(id, index);
        TimelineParticipant p;
        p.id = id;
        std::string_view text;
        if (hasName && !name.get_string().get(text))
            p.name = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        bool isHost = false;
        if (!object.find_field_unordered("is_host").get(member) && !member.get_bool().get(isHost))
            p.isHost = isHost;
        if (!object.find_field_unordered("platform").get(member) && !member.get_string().get(text))
            p.platform = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        if (m_withDetails) {
            Details d;
            if (!object.find_field_unordered("email").get(member)) {
                d.hasEmailMember = true;
                if (!member.get_string().get(text))
                    d.email = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            }
            od::json_type extraType;
            if (!object.find_field_unordered("extra_data").get(member) && !member.type().get(extraType)
                && extraType != od::json_type::null) {
                // An object's raw_json_token() is only its '{': raw_json() gives all of it.
                std::string_view raw;
                od::object extra;
                od::array list;
                bool whole = true;
                if (extraType == od::json_type::object)
                    whole = !member.get_object().get(extra) && !extra.raw_json().get(raw);
                else if (extraType == od::json_type::array)
                    whole = !member.get_array().get(list) && !list.raw_json().get(raw);
                else
                    raw = trimmed(member.raw_json_token());
                if (whole) {
                    raw = trimmed(raw);
                    d.extraData = QByteArray(raw.data(), static_cast<qsizetype>(raw.size()));
                }
            }
            details.push_back(std::move(d));
        }
        participants.append(std::move(p));
        m_rawNames.emplace_back(nameToken);
        m_renamed.push_back(false);
        m_lastId = id;
        m_lastIndex = index;
        m_hasLast = true;
        m_added = true;
        return simdjson::SUCCESS;
    }
    m_lastId = id;
    m_lastIndex = index;
    m_hasLast = true;
    if (!m_renamed[index] && m_rawNames[index] != nameToken) {
        m_renamed[index] = true;
        ++renamed;
    }
    return simdjson::SUCCESS;
}

} // namespace TimelineJson
