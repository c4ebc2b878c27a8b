#pragma once

#include "apierror.h"

#include <QByteArray>

// Turns an HTTP error reply into one ApiError, whatever the body's shape: {"detail": ...},
// {"code": ..., "detail": ...}, a field map (possibly nested), a bare list, HTML, plain text or nothing.
namespace ErrorParser {

ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType = {});

// A short, single-line, plain-text excerpt of a body for messages: HTML reduced to its title or
// text, whitespace folded, cut at maxChars.
QString textExcerpt(const QByteArray &body, int maxChars = 160);

// The standard reason phrase for an HTTP status ("Not Found"), for bodies that say nothing.
QString reasonPhrase(int httpStatus);

} // namespace ErrorParser
