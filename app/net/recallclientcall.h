#pragma once

#include "recallclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>

// The state of one request across its attempts, shared by recallclient.cpp (asking, finishing,
// cancelling) and recallclientattempt.cpp (one attempt on the wire and what its answer means).

Q_DECLARE_LOGGING_CATEGORY(lcRecall)

struct RecallClient::Call
{
    ApiRequest request;
    RateBudget::RequestClass cls = RateBudget::RequestClass::PerId;
    RateBudget::Priority priority = RateBudget::Priority::Foreground;
    quint64 throttleEpoch = 0; // the budget's throttleEpoch() when the current attempt was sent
    bool retryable = false;
    bool guarded = false; // a context was given: skip the callback once it is gone
    QPointer<QObject> context;
    BodyHandler handler;
    quint64 ticket = 0;
    QPointer<QNetworkReply> reply;
    int failedAttempts = 0;
    int rateLimited = 0;
    int redirects = 0;
    QString retryNote; // why the coming wait is not the one the server asked for (a broken Retry-After)

    // For the request log: the current attempt's number (from 1), when it was sent, and the artifact
    // the request concerns (from the API path, or what the caller of a download said).
    int attempts = 0;
    QDateTime sentAt;
    QElapsedTimer sentTimer;
    QString artifactId;

    // Downloads stream to a file instead of collecting a body, and bypass the API's budget.
    bool isDownload = false;
    QString filePath;
    std::unique_ptr<QSaveFile> file;
    QByteArray errorBody;
    qint64 bytes = 0;
    ProgressCallback progress;
    std::function<void(const Result<DownloadResult> &)> downloadHandler;
};
