#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it (UTF-8, CRLF): a field with a comma, a quote or a line break is quoted and
// its quotes doubled. For the exports that spreadsheets and scripts read (batch results, timelines).
namespace Csv {

inline void appendField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

inline void appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, fields.at(i));
    }
    out += "\r\n";
}

} // namespace Csv
