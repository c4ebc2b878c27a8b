#pragma once

#include <QString>

// The status bar's words for a request that waits to be tried again: what it is for, why it waits,
// which retry and when, instead of a raw path ("Retrying /api/v1/participant_events/b4c7…/ (attempt 5)").
namespace RetryText {

struct Context
{
    bool rateLimited = false; // the wait is the API's rate limit (a 429), not a failed attempt
    int page = 0; // the list page being loaded (1 for the first), 0 when unknown
};

// what: the request's path, optionally followed by a note in parentheses (RecallClient::retrying).
QString describe(const QString &what, int attempt, qint64 delayMs, const Context &context);

} // namespace RetryText
