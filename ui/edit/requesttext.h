#pragma once

#include "net/requestbuilder.h"

#include <QString>

// The save preview's "Copy as curl": an ApiRequest as a command for a shell. What may be shown of a
// request is RequestPreview's to decide; this only spells it for the shell.
namespace RequestText {

// A curl command that sends the same request from a shell, the key taken from $RECALL_API_KEY
// (so the command can be pasted into a ticket). One option per line, continued with backslashes.
// Secret headers keep only their scheme, and the key is blanked wherever else it appears, whatever
// the caller passed in (RequestPreview::redactedRequest).
QString curlCommand(const ApiRequest &request);

} // namespace RequestText
