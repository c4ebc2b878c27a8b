#include "meetinggenerator.h"

#include "demorandom.h"

#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000000;

const std::array<QStringView, 24> firstNames {u"Dana", u"Priya", u"Jonas", u"Mei", u"Oluwaseun", u"Carlos", u"Aiko",
    u"Fatima", u"Liam", u"Sofia", u"Mateo", u"Anika", u"Chen", u"Zoë", u"Björn", u"Amara", u"Tomás", u"Noor",
    u"Hiroshi", u"Élodie", u"Rafael", u"Ingrid", u"Kwame", u"Leilani"};
const std::array<QStringView, 22> lastNames {u"Ruiz", u"Natarajan", u"Becker", u"Lin", u"Adeyemi", u"Mendes", u"Tanaka",
    u"Haddad", u"O'Brien", u"Rossi", u"García", u"Sharma", u"Wang", u"Dubois", u"Lindqvist", u"Okafor", u"Novak",
    u"Kowalski", u"Murphy", u"Nakamura", u"Müller", u"Hansen"};
const std::array<QStringView, 3> emailDomains {u"acme.example", u"northwind.example", u"globex.example"};
const std::array<QStringView, 9> chatTexts {u"Can everyone see my screen?",
    u"Link to the doc: https://docs.example.com/q3-review?tab=2&mode=view", u"Sorry, I'm on a train — audio may drop",
    u"Danke, sehr hilfreich! 👍", u"Agreed, \"ship it\" after QA, then announce.", u"Back in 2 min",
    u"Notes are in #cs-escalations", u"+1", u"Can we get the recording afterwards?"};
const std::array<QStringView, 3> botTexts {
    u"/pause", u"Please leave out the Q&A part", u"Bot: send me the summary, not the whole team"};

// ASCII local part for an e-mail address ("Zoë O'Brien" -> "zoe.obrien").
QString emailLocalPart(const QString &name)
{
    QString out;
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    for (const QChar c : decomposed) {
        if (c == u' ')
            out += u'.';
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QJsonValue extraDataFor(MeetingPlatform platform, DemoRng &rng, const QString &tenant, bool organizer)
{
    switch (platform) {
    case MeetingPlatform::Zoom:
        return QJsonObject {{u"zoom"_s,
            QJsonObject {{u"user_guid"_s, rng.uuid().toUpper()}, {u"guest"_s, rng.chance(0.3)},
                {u"conf_user_id"_s, QString::number(16778240 + rng.rangeInt(0, 2000000))}}}};
    case MeetingPlatform::GoogleMeet: {
        // One draw per statement: the operands of + are unsequenced, so two draws in one
        // expression would depend on the compiler. (The order is the one GCC happened to use.)
        const int device = rng.rangeInt(100, 999);
        const QString space = rng.uuid().remove(u'-').left(11);
        return QJsonObject {{u"google_meet"_s,
            QJsonObject {{u"static_participant_id"_s,
                QString(u"spaces/"_s + space + u"/devices/"_s + QString::number(device))}}}};
    }
    case MeetingPlatform::MicrosoftTeams:
        return QJsonObject {{u"microsoft_teams"_s,
            QJsonObject {{u"user_id"_s, QString(u"8:orgid:"_s + rng.uuid())}, {u"tenant_id"_s, tenant},
                {u"role"_s, organizer ? u"organizer"_s : u"attendee"_s}}}};
    case MeetingPlatform::Other:
        break;
    }
    return QJsonValue::Null;
}

QString devicePlatform(MeetingPlatform platform, DemoRng &rng)
{
    const double roll = rng.uniform();
    switch (platform) {
    case MeetingPlatform::Zoom:
        return roll < 0.7 ? u"desktop"_s : roll < 0.9 ? u"mobile_app"_s : u"web"_s;
    case MeetingPlatform::GoogleMeet:
        return roll < 0.6 ? u"desktop"_s : roll < 0.9 ? u"unknown"_s : QString();
    case MeetingPlatform::MicrosoftTeams:
        return roll < 0.7 ? u"desktop"_s : roll < 0.85 ? u"mobile_app"_s : QString();
    case MeetingPlatform::Other:
        break;
    }
    return QString();
}

class Simulation
{
public:
    explicit Simulation(const MeetingSpec &spec)
        : m_rng(spec.seed, 0x6d656574)
    {
        m_meeting.spec = spec;
    }

    Meeting run()
    {
        createParticipants();
        applyParticipantFeatures();
        simulateSpeech();
        createEvents();
        return std::move(m_meeting);
    }

private:
    bool has(MeetingFeature feature) const { return (m_meeting.spec.features & feature) != 0; }
    qint64 duration() const { return m_meeting.spec.durationUs; }
    bool zoomLike() const
    {
        return m_meeting.spec.platform == MeetingPlatform::Zoom || m_meeting.spec.platform == MeetingPlatform::Other;
    }
    qint64 seconds(double low, double high) { return std::llround((low + (high - low) * m_rng.uniform()) * second); }

    QString uniqueName()
    {
        for (;;) {
            // Two statements, not one expression: the draws must not depend on evaluation order.
            const QStringView last = m_rng.pick(lastNames);
            const QStringView first = m_rng.pick(firstNames);
            const QString name = first.toString() + u' ' + last.toString();
            if (!m_usedNames.contains(name)) {
                m_usedNames.append(name);
                return name;
            }
        }
    }

    void createParticipants()
    {
        const int count = std::max(2, m_meeting.spec.participantCount);
        const QString tenant = m_rng.uuid();
        const QString domain = m_rng.pick(emailDomains).toString();
        const qint64 end = duration();
        for (int k = 0; k < count; ++k) {
            MeetingParticipant p;
            p.id = 100 + k;
            p.name = uniqueName();
            p.isHost = k == 0;
            p.platform = devicePlatform(m_meeting.spec.platform, m_rng);
            p.extraData = extraDataFor(m_meeting.spec.platform, m_rng, tenant, k == 0);
            const double emailRoll = m_rng.uniform();
            p.emailForm = k == 0 || emailRoll < 0.6 ? MeetingParticipant::EmailForm::Present
                : emailRoll < 0.85                  ? MeetingParticipant::EmailForm::Absent
                                                    : MeetingParticipant::EmailForm::Null;
            if (p.emailForm == MeetingParticipant::EmailForm::Present)
                p.email = emailLocalPart(p.name) + u'@' + domain;
            if (k == 0) {
                p.joinUs = has(NegativeStartFeature) ? -30 * second : seconds(0, 5);
                p.leaveUs = end;
                p.talkWeight = 3.0;
            } else {
                const bool late = m_rng.chance(0.25);
                p.joinUs = late ? std::llround(static_cast<double>(end) * (0.05 + 0.3 * m_rng.uniform()))
                                : std::min(seconds(0, 120), end / 20);
                const bool early = m_rng.chance(0.2);
                p.leaveUs = early ? std::llround(static_cast<double>(end) * (0.7 + 0.25 * m_rng.uniform())) : end;
                if (p.leaveUs <= p.joinUs + 60 * second)
                    p.leaveUs = end;
                // A few people dominate most meetings; the rest chime in.
                p.talkWeight = m_rng.chance(0.25) ? 1.5 + 1.5 * m_rng.uniform() : 0.2 + 0.8 * m_rng.uniform();
            }
            m_meeting.participants.append(p);
        }
    }

    void applyParticipantFeatures()
    {
        auto &people = m_meeting.participants;
        const int last = static_cast<int>(people.size()) - 1;
        if (has(DialInFeature) && last >= 2) {
            MeetingParticipant &phone = people[last];
            phone.name = u"+1 415 555 0"_s + QString::number(m_rng.rangeInt(100, 999));
            phone.platform = u"dial-in"_s;
            phone.isHost = false;
            phone.emailForm = MeetingParticipant::EmailForm::Absent;
            phone.email.clear();
        }
        if (has(NullNameFeature) && last >= 2) {
            MeetingParticipant &anonymous = people[has(DialInFeature) && last >= 3 ? last - 1 : last];
            anonymous.name = QString();
            anonymous.isHost = std::nullopt;
            anonymous.platform = u"unknown"_s;
            anonymous.extraData = QJsonValue::Null;
            anonymous.emailForm = MeetingParticipant::EmailForm::Null;
            anonymous.email.clear();
        }
        if (has(SameNameFeature) && last >= 2) {
            // Same name, different person: other address, other platform ids.
            people[2].name = people[1].name;
            people[2].emailForm = MeetingParticipant::EmailForm::Present;
            people[2].email = emailLocalPart(people[1].name) + u"@partner.example"_s;
        }
        if (has(RejoinFeature) && last >= 1) {
            MeetingParticipant &first = people[1];
            first.joinUs = std::min(first.joinUs, duration() / 10);
            first.leaveUs = std::llround(static_cast<double>(duration()) * 0.4);
            MeetingParticipant again = first;
            again.id = 100 + static_cast<int>(people.size());
            again.joinUs = first.leaveUs + 25 * second;
            again.leaveUs = duration();
            if (m_meeting.spec.platform == MeetingPlatform::Zoom)
                again.extraData = extraDataFor(MeetingPlatform::Zoom, m_rng, QString(), false);
            people.append(again);
        }
    }

    bool present(const MeetingParticipant &p, qint64 from, qint64 to) const
    {
        return p.joinUs <= from && to <= p.leaveUs;
    }

    int chooseSpeaker(qint64 at, int previous)
    {
        const auto &people = m_meeting.participants;
        const bool previousPresent = previous >= 0 && present(people[previous], at, at + second);
        if (zoomLike() && previousPresent && m_rng.chance(0.55))
            return previous;
        double total = 0;
        for (int k = 0; k < people.size(); ++k) {
            if (k != previous && present(people[k], at, at + second))
                total += people[k].talkWeight;
        }
        if (total <= 0)
            return previousPresent ? previous : -1;
        double roll = m_rng.uniform() * total;
        int chosen = -1;
        for (int k = 0; k < people.size(); ++k) {
            if (k == previous || !present(people[k], at, at + second))
                continue;
            chosen = k;
            roll -= people[k].talkWeight;
            if (roll < 0)
                break;
        }
        return chosen;
    }

    void addOverlap(const MeetingSegment &main, qint64 mainEnd)
    {
        const qint64 length = mainEnd - main.startUs;
        const qint64 start = main.startUs + std::llround(static_cast<double>(length) * (0.3 + 0.3 * m_rng.uniform()));
        const qint64 end = std::min(mainEnd, start + seconds(0.4, 2.0));
        if (end - start < 200000)
            return;
        const auto &people = m_meeting.participants;
        const int offset = m_rng.rangeInt(0, static_cast<int>(people.size()) - 1);
        for (int i = 0; i < people.size(); ++i) {
            const int k = static_cast<int>((i + offset) % people.size());
            if (k != main.participant && present(people[k], start, end)) {
                m_meeting.segments.append({k, start, end});
                return;
            }
        }
    }

    void simulateSpeech()
    {
        const qint64 end = duration();
        const auto &people = m_meeting.participants;
        qint64 at = has(NegativeStartFeature) ? -4500000 : people.first().joinUs + seconds(1, 4);
        int previous = -1;
        int lastMain = -1;
        bool overlapDone = false;
        while (at < end) {
            if (has(OpenEndedFeature) && end - at < 30 * second) {
                // The host is still talking when the recording stops.
                m_meeting.segments.append({0, at, std::nullopt});
                return;
            }
            const int speaker = at < 0 ? 0 : chooseSpeaker(at, previous);
            if (speaker < 0) {
                at += 5 * second;
                continue;
            }
            // The minimum and the long tail are separate draws; keep them in separate statements.
            const qint64 minimum = zoomLike() ? seconds(0.6, 1.5) : seconds(2, 4);
            const double tail = std::pow(m_rng.uniform(), 2);
            const qint64 length = minimum + std::llround(tail * (zoomLike() ? 8 : 56) * second);
            const qint64 stop = std::min({at + length, people[speaker].leaveUs, end});
            if (stop - at < 200000) {
                at += 500000;
                continue;
            }
            const MeetingSegment segment {speaker, at, stop};
            if (!zoomLike() && speaker == previous && lastMain >= 0 && m_meeting.segments[lastMain].endUs == at) {
                // Meet and Teams only start a segment when someone else takes over.
                m_meeting.segments[lastMain].endUs = stop;
            } else {
                lastMain = static_cast<int>(m_meeting.segments.size());
                m_meeting.segments.append(segment);
            }
            const double overlapChance = has(OverlapFeature) ? 0.12 : zoomLike() ? 0.03 : 0.0;
            if (at >= 0
                && (m_rng.chance(overlapChance) || (has(OverlapFeature) && !overlapDone && stop - at > 3 * second))) {
                const auto before = m_meeting.segments.size();
                addOverlap(segment, stop);
                overlapDone = overlapDone || m_meeting.segments.size() > before;
            }
            previous = speaker;
            // Zoom reports real audio, so silence shows as gaps; Meet and Teams switch the active
            // speaker, so the next segment starts where this one ends.
            at = zoomLike() ? stop + seconds(0.15, 3.0) : stop;
        }
    }

    void addEvent(const QString &action, int participant, qint64 at, const QJsonValue &data = QJsonValue::Null)
    {
        m_meeting.events.append({action, participant, at, data});
    }

    void createEvents()
    {
        const auto &people = m_meeting.participants;
        const qint64 end = duration();
        for (int k = 0; k < people.size(); ++k) {
            const MeetingParticipant &p = people[k];
            addEvent(u"join"_s, k, p.joinUs);
            if (p.platform != u"dial-in"_s && m_rng.chance(0.65)) {
                const qint64 on = p.joinUs + seconds(1, 20);
                if (on < p.leaveUs) {
                    addEvent(u"webcam_on"_s, k, on);
                    if (m_rng.chance(0.4))
                        addEvent(u"webcam_off"_s, k,
                            on + std::llround(static_cast<double>(p.leaveUs - on) * m_rng.uniform()));
                }
            }
            addEvent(u"leave"_s, k, p.leaveUs);
        }
        if (end > 10 * 60 * second) {
            const qint64 on = end / 5;
            addEvent(u"screenshare_on"_s, 0, on);
            addEvent(u"screenshare_off"_s, 0, std::min(end, on + seconds(120, 600)));
        }
        for (const MeetingSegment &segment : m_meeting.segments) {
            addEvent(u"speech_on"_s, segment.participant, segment.startUs);
            if (segment.endUs)
                addEvent(u"speech_off"_s, segment.participant, *segment.endUs);
        }
        if (has(ChatFeature) || m_rng.chance(0.25)) {
            const int messages = m_rng.rangeInt(3, 6);
            for (int i = 0; i < messages; ++i) {
                const qint64 at = std::llround(static_cast<double>(end) * (0.1 + 0.8 * m_rng.uniform()));
                const int sender = chatSender(at);
                const bool toBot = has(ChatFeature) && i == 0;
                const QString text = (toBot ? m_rng.pick(botTexts) : m_rng.pick(chatTexts)).toString();
                addEvent(u"chat_message"_s, sender, at,
                    QJsonObject {{u"text"_s, text}, {u"to"_s, toBot ? u"only_bot"_s : u"everyone"_s}});
            }
        }
        if (has(UpdateEventFeature)) {
            const int who = people.size() > 1 ? 1 : 0;
            addEvent(u"update"_s, who, (people[who].joinUs + people[who].leaveUs) / 2);
        }
        if (has(UnknownActionFeature)) {
            // Actions a newer Recall may send: the app must show them, not drop them. Both lie inside
            // the participant's stay, like every other event.
            const int who = people.size() > 2 ? 2 : 0;
            const qint64 stay = people[who].leaveUs - people[who].joinUs;
            addEvent(u"raise_hand"_s, who, people[who].joinUs + stay / 3);
            addEvent(u"breakout_room_join"_s, who, people[who].joinUs + stay * 2 / 3);
        }
        // Joins first and leaves last when they share a timestamp, so they bracket everything.
        const auto rank = [](const MeetingEvent &e) {
            return e.action == u"join"_s ? 0 : e.action == u"leave"_s ? 2 : 1;
        };
        std::stable_sort(
            m_meeting.events.begin(), m_meeting.events.end(), [&rank](const MeetingEvent &a, const MeetingEvent &b) {
                return a.atUs != b.atUs ? a.atUs < b.atUs : rank(a) < rank(b);
            });
    }

    int chatSender(qint64 at)
    {
        const auto &people = m_meeting.participants;
        for (int tries = 0; tries < 8; ++tries) {
            const int k = m_rng.rangeInt(0, static_cast<int>(people.size()) - 1);
            if (people[k].platform != u"dial-in"_s && present(people[k], at, at))
                return k;
        }
        return 0; // the host is there from start to end
    }

    DemoRng m_rng;
    Meeting m_meeting;
    QStringList m_usedNames;
};

} // namespace

Meeting generateMeeting(const MeetingSpec &spec)
{
    return Simulation(spec).run();
}
