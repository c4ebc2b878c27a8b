#pragma once

#include "net/region.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// One way to reach a workspace: a region of the spec or a custom base URL, plus a label for people.
// The API key is deliberately not a member: it lives in a KeyStore, so a profile can be written to
// settings, logged or copied around without any risk of leaking the secret.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString id; // a UUID string; "demo" for the built-in demo workspace
    QString label;
    std::optional<Region> region; // nullopt: customBaseUrl is used
    QUrl customBaseUrl; // for the demo profile: the running demo server's URL, once known
    bool isDemo = false;

    // The region's URL, or the custom one; empty for the demo profile before its server runs.
    QUrl baseUrl() const;
    // One line for tooltips and lists: "EU (Frankfurt), https://eu-central-1.recall.ai".
    QString describe() const;
    // The label, or describe() when the label is empty.
    QString displayName() const;
    // Why this profile cannot be saved (no label, or addressError()), or nullopt when it can.
    std::optional<QString> validationError() const;
    // Why requests cannot go to baseUrl() (none, incomplete, or plain http to another computer).
    std::optional<QString> addressError() const;

    bool isValid() const { return !id.isEmpty(); }

    static QString demoId();
    static ConnectionProfile demo();
    static QString newId();

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
