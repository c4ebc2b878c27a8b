#include "batchtext.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchText)
};

int countVerdict(const Batch &batch, BatchVerdict verdict)
{
    return int(std::count_if(batch.items.cbegin(), batch.items.cend(),
        [verdict](const BatchItem &item) { return item.verdict == verdict; }));
}

} // namespace

namespace BatchText {

QString dryRunSummary(const Batch &batch)
{
    QStringList parts {Text::tr("%n will change", nullptr, countVerdict(batch, BatchVerdict::WillChange))};
    const std::pair<BatchVerdict, const char *> others[] = {
        {BatchVerdict::NoChange, QT_TRANSLATE_N_NOOP("BatchText", "%n no change")},
        {BatchVerdict::Skipped, QT_TRANSLATE_N_NOOP("BatchText", "%n skipped")},
        {BatchVerdict::Invalid, QT_TRANSLATE_N_NOOP("BatchText", "%n invalid")},
        {BatchVerdict::Gone, QT_TRANSLATE_N_NOOP("BatchText", "%n gone")},
        {BatchVerdict::Failed, QT_TRANSLATE_N_NOOP("BatchText", "%n could not be fetched")},
    };
    for (const auto &[verdict, text] : others) {
        if (const int n = countVerdict(batch, verdict); n > 0)
            parts.append(Text::tr(text, nullptr, n));
    }
    return parts.join(u", "_s);
}

QString runSummary(const Batch &batch)
{
    using State = BatchItem::RunState;
    QStringList parts;
    const int done = batch.count(State::Done) + batch.count(State::AlreadyDone);
    parts.append(Text::tr("%n done", nullptr, done));
    const std::pair<int, const char *> others[] = {
        {batch.count(State::Conflict), QT_TRANSLATE_N_NOOP("BatchText", "%n conflict(s)")},
        {batch.count(State::Gone), QT_TRANSLATE_N_NOOP("BatchText", "%n gone")},
        {batch.count(State::Failed), QT_TRANSLATE_N_NOOP("BatchText", "%n error(s)")},
        {batch.count(State::Pending) + batch.count(State::Sending),
            QT_TRANSLATE_N_NOOP("BatchText", "%n not sent yet")},
    };
    for (const auto &[n, text] : others) {
        if (n > 0)
            parts.append(Text::tr(text, nullptr, n));
    }
    return parts.join(u", "_s);
}

QString timeLeft(qint64 msLeft, const QDateTime &now)
{
    if (msLeft < 0)
        return {};
    if (msLeft < 45000)
        return Text::tr("finishing in under a minute");
    //: %1 is a relative time such as "in 3 min"
    return Text::tr("finishing %1").arg(TimeFormat::relative(now.addMSecs(msLeft), now));
}

QString progressLine(const BatchRunner::Progress &progress, const QString &counted, const QDateTime &now)
{
    //: "120 of 412 sent"; %3 says what the count is ("fetched", "sent")
    QStringList parts {Text::tr("%1 of %2 %3").arg(progress.done).arg(progress.total).arg(counted)};
    //: %1 is "41 requests", %2 is "20 artifacts": both counted over the last minute
    parts.append(Text::tr("last minute: %1, %2")
                     .arg(Text::tr("%n request(s)", nullptr, progress.requestsLastMinute),
                         Text::tr("%n artifact(s)", nullptr, progress.artifactsLastMinute)));
    if (const QString left = timeLeft(progress.msLeft, now); !left.isEmpty())
        parts.append(left);
    return parts.join(u" \u00b7 "_s);
}

QString resumeQuestion(const Batch &batch, const QString &connectionLabel, const QDateTime &now)
{
    const int total = batch.toSend();
    const int settled = batch.settledToSend();
    return Text::tr("A batch edit of %n artifact(s) on %1 stopped after %2 of them (started %3).", nullptr, total)
               .arg(connectionLabel)
               .arg(settled)
               .arg(TimeFormat::local(batch.createdAt) + u", "_s + TimeFormat::relative(batch.createdAt, now))
        + u' ' + Text::tr("Resume sends the other %n; nothing is sent twice.", nullptr, total - settled);
}

} // namespace BatchText
