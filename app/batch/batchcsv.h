#pragma once

#include "batch/batchjournal.h"

#include <QByteArray>
#include <QString>

// The batch's result table as CSV (RFC 4180, UTF-8, CRLF): one row per artifact with
// artifact_id, dry_run, dry_run_reason, result, result_message, changes ("key: before → after", one
// per line), before and after (the maps as JSON). Never holds a key or a URL.
namespace BatchCsv {
QByteArray toCsv(const Batch &batch);
// Writes through QSaveFile. False with why set on failure.
bool write(const Batch &batch, const QString &path, QString *why = nullptr);
// The run's result in a word or two ("done", "conflict", …), translated.
QString stateText(BatchItem::RunState state);
} // namespace BatchCsv
