#include "demometadata.h"

#include "demorandom.h"

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const std::array<QStringView, 6> notes {u"Customer asked for a callback, prefers mornings (CET).",
    u"Said \"the export is broken\", but it was the VPN.", u"Escalated — see SUP thread; owner: Zoë",
    u"Follow-up: pricing, SSO, \"legacy\" plan", u"Müller GmbH: 2 seats, wants invoice by mail 📬",
    u"Line one\nline two, with a comma"};
const std::array<QStringView, 5> regions {u"emea", u"na", u"apac", u"latam", u"eu-central"};
const std::array<QStringView, 5> languages {u"en-US", u"de-DE", u"fr-FR", u"ja-JP", u"pt-BR"};
const std::array<QStringView, 4> reviewers {u"dana.ruiz", u"priya.n", u"j.becker", u"ops-bot"};
const std::array<QStringView, 5> titles {
    u"Weekly sync", u"Onboarding: Globex", u"Q3 pipeline review", u"Incident retro #412", u"Kundentermin Müller GmbH"};
const std::array<QStringView, 4> teams {u"support", u"sales-emea", u"customer-success", u"product"};

QString digits(DemoRng &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + rng.rangeInt(i == 0 ? 1 : 0, 9));
    return out;
}

using ValueMaker = std::function<QJsonValue(DemoRng &)>;

const std::array<std::pair<QStringView, ValueMaker>, 14> &artifactKeys()
{
    static const std::array<std::pair<QStringView, ValueMaker>, 14> keys {{
        {u"ticket", [](DemoRng &r) { return QJsonValue(u"SUP-"_s + digits(r, 5)); }},
        {u"customer_id", [](DemoRng &r) { return QJsonValue(u"cus_"_s + r.uuid().left(8)); }},
        {u"region", [](DemoRng &r) { return QJsonValue(r.pick(regions).toString()); }},
        {u"needs_review", [](DemoRng &r) { return QJsonValue(r.chance(0.4) ? u"true"_s : u"false"_s); }},
        {u"notes", [](DemoRng &r) { return QJsonValue(r.pick(notes).toString()); }},
        {u"priority", [](DemoRng &r) { return QJsonValue(u"P"_s + QString::number(r.rangeInt(1, 4))); }},
        {u"crm_opportunity", [](DemoRng &r) { return QJsonValue(u"OPP-"_s + digits(r, 6)); }},
        {u"language", [](DemoRng &r) { return QJsonValue(r.pick(languages).toString()); }},
        {u"csat", [](DemoRng &r) { return QJsonValue(QString::number(r.rangeInt(1, 5))); }},
        {u"reviewed_by",
            [](DemoRng &r) {
                // The occasional explicit null: a key that exists without a value.
                return r.chance(0.15) ? QJsonValue(QJsonValue::Null) : QJsonValue(r.pick(reviewers).toString());
            }},
        {u"external_ref",
            [](DemoRng &r) {
                return QJsonValue(u"https://crm.example.com/deals/"_s + digits(r, 7) + u"?tab=notes&v=2"_s);
            }},
        {u"contract_tier", [](DemoRng &r) { return QJsonValue(r.chance(0.5) ? u"enterprise"_s : u"growth"_s); }},
        {u"source", [](DemoRng &r) { return QJsonValue(r.chance(0.7) ? u"calendar-sync"_s : u"api"_s); }},
        {u"Prüfstatus", [](DemoRng &r) { return QJsonValue(r.chance(0.5) ? u"erledigt"_s : u"offen"_s); }},
    }};
    return keys;
}

// Exactly 500 characters (the documented maximum), BMP only so that UTF-16 length and code-point
// count agree: a client that miscounts must fail on the limit, not on surrogates.
QString fiveHundredCharacters()
{
    const QString sentence = u"Résumé of the call — customer wants SSO, audit logs, and \"fewer clicks\". "_s;
    QString text;
    while (text.size() < 500)
        text += sentence;
    text.truncate(500);
    return text;
}

} // namespace

namespace DemoMetadata {

QJsonObject artifactMetadata(quint64 seed, Flavour flavour)
{
    DemoRng rng(seed, 0x6d657461);
    const auto &keys = artifactKeys();
    int count = 0;
    if (flavour == Flavour::Edgy) {
        count = 4;
    } else if (!rng.chance(0.15)) {
        // Mostly a handful of keys, sometimes a full map.
        count = rng.chance(0.8) ? rng.rangeInt(1, 5) : rng.rangeInt(6, 12);
    }
    // Partial Fisher-Yates over the key pool: distinct keys in a seed-dependent choice.
    std::array<int, 14> order {};
    for (int i = 0; i < 14; ++i)
        order[static_cast<std::size_t>(i)] = i;
    QJsonObject map;
    for (int i = 0; i < count; ++i) {
        const int j = rng.rangeInt(i, 13);
        std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
        const auto &[key, make] = keys[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
        map.insert(key.toString(), make(rng));
    }
    if (flavour == Flavour::Edgy) {
        map.insert(u"summary"_s, fiveHundredCharacters());
        map.insert(u"reviewed_by"_s, QJsonValue::Null);
        map.insert(u"notes"_s, notes[2].toString());
        map.insert(u"needs_review"_s, u"true"_s);
    }
    return map;
}

QJsonValue recordingMetadata(quint64 seed, bool present)
{
    if (!present)
        return QJsonValue::Null;
    DemoRng rng(seed, 0x7265636f);
    QJsonObject map {{u"meeting_title"_s, rng.pick(titles).toString()}};
    if (rng.chance(0.6))
        map.insert(u"team"_s, rng.pick(teams).toString());
    if (rng.chance(0.4))
        map.insert(u"crm_deal_id"_s, QString(u"D-"_s + digits(rng, 6)));
    if (rng.chance(0.3))
        map.insert(u"calendar_event_id"_s, rng.uuid());
    return map;
}

} // namespace DemoMetadata
