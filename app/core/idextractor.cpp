#include "idextractor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace IdExtractor {

QList<OpenRequest> parseAll(const QString &text)
{
    static const QRegularExpression uuid(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    // Words right before an id that say what it is: "recording_id=", "/recording/", "recording: ".
    static const QRegularExpression recordingContext(
        u"recording(?:s|_id)?[\\s=:/#\"']*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression artifactContext(
        u"(?:participant_events|participant[-_ ]events?|artifact)(?:_id)?[\\s=:/#\"']*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "bot_id=", "/bot/", the dashboard's "/bots/", "Bot ID: ", "bot ": a word of its own, so that
    // "robot" or "chatbot" say nothing.
    static const QRegularExpression botContext(
        u"(?<![A-Za-z])bots?(?:[-_ ]?id)?[\\s=:/#\"']*$"_s, QRegularExpression::CaseInsensitiveOption);
    // The start of a UUID standing on its own: six or more hex digits, with at least one digit so
    // that words such as "decade" stay words, and optionally more groups. Not part of a longer token
    // (cus_aa5c60c9, SUP-48213).
    static const QRegularExpression prefix(
        u"(?<![0-9A-Za-z_-])(?=[0-9a-fA-F-]*[0-9])[0-9a-fA-F]{6,8}(?:-[0-9a-fA-F]{1,12}){0,4}(?![0-9A-Za-z_-])"_s);

    // Percent-encoded URLs (%2D is '-') are decoded first so links from mail clients work too.
    const QString decoded = QUrl::fromPercentEncoding(text.trimmed().toUtf8());

    QList<OpenRequest> withContext;
    QList<OpenRequest> without;
    const auto known = [&](const QString &id) {
        const auto same = [&id](const OpenRequest &r) { return r.id == id; };
        return std::any_of(withContext.cbegin(), withContext.cend(), same)
            || std::any_of(without.cbegin(), without.cend(), same);
    };
    QRegularExpressionMatchIterator it = uuid.globalMatch(decoded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString id = match.captured().toLower();
        if (known(id))
            continue;
        const QString before = decoded.left(match.capturedStart());
        if (artifactContext.match(before).hasMatch())
            withContext.append({OpenRequest::Kind::Artifact, id});
        else if (recordingContext.match(before).hasMatch())
            withContext.append({OpenRequest::Kind::Recording, id});
        else if (botContext.match(before).hasMatch())
            withContext.append({OpenRequest::Kind::Bot, id});
        else
            without.append({OpenRequest::Kind::Unknown, id});
    }
    if (withContext.isEmpty() && without.isEmpty()) {
        it = prefix.globalMatch(decoded);
        while (it.hasNext()) {
            const QString id = it.next().captured().toLower();
            if (!known(id))
                without.append({OpenRequest::Kind::Prefix, id});
        }
    }
    return withContext + without;
}

OpenRequest parse(const QString &text)
{
    return parseAll(text).value(0);
}

} // namespace IdExtractor
