#pragma once

#include "domain/artifact.h"

#include <QList>
#include <QString>

// A metadata map as editable text, one `key: value` line per entry, for the editor's text mode.
// Written so that text -> map -> text and map -> text -> map lose nothing:
//
//   ticket: SUP-4411             a plain value: the rest of the line after ": ", as it stands
//   note: "two\nlines"           a quoted value: a JSON string (\n, \", \\, \t, \uXXXX), for values with a
//                                newline, leading or trailing spaces, a leading '"' or '=', or none at all
//   reviewed_by: null            null (the string "null" is written "null" in quotes)
//   score: =0.1                  a value that is not a string, kept as the server wrote it (JSON after '=')
//   "a: key": x                  a quoted key: a JSON string, for keys with ": ", a newline, a leading '"'
//                                or '#', leading or trailing spaces, or no characters at all
//   # a comment                  lines starting with '#', and empty lines, are ignored
//
// Entries are written in the map's order (by key). A non-string value that the server wrote over
// several lines is written on one (its line breaks become spaces: the same JSON value).
namespace MetadataText {

QString write(const Metadata &metadata);

struct LineError
{
    int line = 0; // 1-based
    QString message; // one sentence, translated
    friend bool operator==(const LineError &, const LineError &) = default;
};

struct Parsed
{
    Metadata metadata; // every entry that could be read
    QList<LineError> errors; // empty when the whole text was read
    bool ok() const { return errors.isEmpty(); }
};

Parsed read(const QString &text);

} // namespace MetadataText
