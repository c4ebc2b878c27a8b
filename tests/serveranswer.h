#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

// One HTTP answer as the demo server's own tests read it: status, body, headers (lower-case names).
// (Not "HttpReply": app/demo has a class of that name, and two would break the one-definition rule.)
struct ServerAnswer
{
    int status = 0; // 0: no answer within the wait
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }

    // Waits for reply (15 s at most), reads it and deletes it.
    static ServerAnswer from(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(15000))
                return {};
        }
        ServerAnswer result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        return result;
    }
};
