#include "retrytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RetryText)
};

QString shortId(const QString &id)
{
    return id.left(8);
}

// "loading page 6", "refreshing artifact 5ef4b4e1", …
QString purpose(const QString &path, int page)
{
    static const QRegularExpression shape(u"^/api/v1/([a-z_]+)/(?:([^/]+)/)?$"_s);
    const QRegularExpressionMatch match = shape.match(path);
    if (!match.hasMatch())
        return Text::tr("a request to %1").arg(path);
    const QString resource = match.captured(1);
    const QString id = match.captured(2);
    if (resource == "participant_events"_L1 && id.isEmpty())
        return page > 0 ? Text::tr("loading page %1").arg(page) : Text::tr("loading the list");
    if (resource == "participant_events"_L1)
        return Text::tr("artifact %1").arg(shortId(id));
    if (resource == "recording"_L1)
        return Text::tr("recording %1").arg(shortId(id));
    if (resource == "bot"_L1)
        return Text::tr("bot %1").arg(shortId(id));
    return Text::tr("a request to %1").arg(path);
}

} // namespace

namespace RetryText {

QString describe(const QString &what, int attempt, qint64 delayMs, const Context &context)
{
    // The client appends a note in parentheses when the wait is not the server's own.
    const qsizetype space = what.indexOf(u' ');
    const QString path = space < 0 ? what : what.left(space);
    const QString note = space < 0 ? QString() : what.mid(space + 1);
    const qint64 seconds = (std::max<qint64>(0, delayMs) + 999) / 1000;
    const QString when = Text::tr("retry %1 in %n s", nullptr, static_cast<int>(seconds)).arg(attempt);
    QString text = context.rateLimited
        ? Text::tr("Waiting for the rate limit: %1, %2").arg(purpose(path, context.page), when)
        : Text::tr("No answer yet: %1, %2").arg(purpose(path, context.page), when);
    if (!note.isEmpty())
        text += u' ' + note;
    return text;
}

} // namespace RetryText
