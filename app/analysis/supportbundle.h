#pragma once

#include "domain/artifact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One zip for a support ticket: the chart, the statistics (and segments) as CSV, the artifact's three
// files, the artifact as the API returned it, the app's requests about it, and a README.txt that says
// what each file is and what is missing. Written by libarchive (a maintained zip writer, not our own),
// into a temporary file that replaces zipPath only when complete. The three files are streamed from
// disk in chunks (a timeline may be 100 MB). Every entry is checked for the secrets it is given (the
// connection's key): in text they are replaced by [redacted], and a binary entry that holds one is
// refused, so the key is in none of the files whatever the caller passed in.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)
public:
    // A file of the artifact: its bytes, or else the path to stream it from; neither: missing.
    struct DataFile
    {
        QString path;
        QByteArray bytes;
        QString missingNote; // why it is missing, for README.txt; empty: "not available"
        bool present() const { return !bytes.isEmpty() || !path.isEmpty(); }
    };

    struct Contents
    {
        QString artifactId; // empty: made from local files
        QString title; // what the app showed as the timeline's title
        QString connectionHost; // the connection's base URL host (never the key); empty: none
        QString appVersion;
        QDateTime made; // invalid: now

        QByteArray chartPng;
        QByteArray statsCsv;
        QString statsNote; // the statistics' range and merged rows, in words
        QByteArray segmentsCsv; // optional
        DataFile timeline; // speaker_timeline.json
        DataFile participants; // participants.json
        DataFile events; // participant_events.json
        QByteArray artifactJson; // optional; secret-looking query values of links in it are redacted
        std::optional<QString> requestLog; // nullopt: there is none (requestLogNote says why)
        QString requestLogNote;

        QStringList secrets; // the connection's key: in no entry
    };

    struct Entry
    {
        QString name;
        qint64 size = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // The names the entries have in the zip.
    static QString readmeName() { return QStringLiteral("README.txt"); }
    static QString chartName() { return QStringLiteral("chart.png"); }
    static QString statsName() { return QStringLiteral("statistics.csv"); }
    static QString segmentsName() { return QStringLiteral("segments.csv"); }
    static QString timelineName() { return QStringLiteral("speaker_timeline.json"); }
    static QString participantsName() { return QStringLiteral("participants.json"); }
    static QString eventsName() { return QStringLiteral("participant_events.json"); }
    static QString artifactName() { return QStringLiteral("artifact.json"); }
    static QString requestLogName() { return QStringLiteral("requests.log"); }

    // False with a message in *error (when given); zipPath is then left as it was.
    static bool write(const QString &zipPath, const Contents &contents, QString *error);
    // The entries of a zip in order, with their uncompressed sizes; nullopt for a file libarchive
    // cannot read as a zip.
    static std::optional<QList<Entry>> list(const QString &zipPath, QString *error = nullptr);
    // One entry's bytes (for tests and checks); nullopt when the zip or the entry cannot be read.
    static std::optional<QByteArray> read(const QString &zipPath, const QString &name, QString *error = nullptr);

    // README.txt for these contents (made is taken as given).
    static QByteArray readme(const Contents &contents);
    // The artifact in the API's shape (Retrieve), as the app read it, indented; the signatures of its
    // download links redacted (a signed link lets anyone download the meeting until it expires).
    static QByteArray artifactJson(const Artifact &artifact);
};
