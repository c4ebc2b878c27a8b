#include "idextractor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace IdExtractor {

OpenRequest parse(const QString &text)
{
    static const QRegularExpression uuid(
        u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s);
    // Words right before an id that say what it is: "recording_id=", "/recording/", "recording: ".
    static const QRegularExpression recordingContext(
        u"recording(?:s|_id)?[\\s=:/#\"']*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression artifactContext(
        u"(?:participant_events|participant[-_ ]events?|artifact)(?:_id)?[\\s=:/#\"']*$"_s,
        QRegularExpression::CaseInsensitiveOption);

    // Percent-encoded URLs (%2D is '-') are decoded first so links from mail clients work too.
    const QString decoded = QUrl::fromPercentEncoding(text.trimmed().toUtf8());

    OpenRequest fallback;
    QRegularExpressionMatchIterator it = uuid.globalMatch(decoded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString before = decoded.left(match.capturedStart());
        OpenRequest found;
        found.id = match.captured().toLower();
        if (artifactContext.match(before).hasMatch()) {
            found.kind = OpenRequest::Kind::Artifact;
            return found;
        }
        if (recordingContext.match(before).hasMatch()) {
            found.kind = OpenRequest::Kind::Recording;
            return found;
        }
        if (fallback.kind == OpenRequest::Kind::Nothing) {
            fallback = found;
            fallback.kind = OpenRequest::Kind::Unknown;
        }
    }
    return fallback;
}

} // namespace IdExtractor
