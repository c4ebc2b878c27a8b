#include "connectionprofile.h"

#include "net/requestbuilder.h"

#include <QUuid>

using namespace Qt::StringLiterals;

QUrl ConnectionProfile::baseUrl() const
{
    if (!isDemo && region)
        return Regions::baseUrl(*region);
    return customBaseUrl;
}

QString ConnectionProfile::describe() const
{
    if (isDemo) {
        if (customBaseUrl.isEmpty())
            return tr("Built-in demo workspace on this computer");
        return tr("Built-in demo workspace on this computer, %1").arg(customBaseUrl.toDisplayString());
    }
    if (region) {
        const RegionInfo info = Regions::info(*region);
        return tr("%1, %2").arg(info.label, info.baseUrl.toDisplayString());
    }
    if (customBaseUrl.isEmpty())
        return tr("Custom URL (not set)");
    return tr("Custom URL %1").arg(customBaseUrl.toDisplayString());
}

QString ConnectionProfile::displayName() const
{
    return label.trimmed().isEmpty() ? describe() : label.trimmed();
}

std::optional<QString> ConnectionProfile::validationError() const
{
    if (isDemo)
        return std::nullopt;
    if (label.trimmed().isEmpty())
        return tr("Enter a label for the connection.");
    return addressError();
}

std::optional<QString> ConnectionProfile::addressError() const
{
    if (isDemo || region)
        return std::nullopt;
    if (customBaseUrl.isEmpty())
        return tr("Enter a base URL, or choose a region.");
    if (!customBaseUrl.isValid() || customBaseUrl.host().isEmpty())
        return tr("\u201c%1\u201d is not a complete URL; write it like https://api.example.com.")
            .arg(customBaseUrl.toDisplayString());
    // The same rule the client enforces before it sends anything (https, or http on loopback).
    if (const std::optional<QString> why = RequestBuilder::refusalReason(customBaseUrl))
        return tr("The base URL cannot be used: %1.").arg(*why);
    return std::nullopt;
}

QString ConnectionProfile::demoId()
{
    return u"demo"_s;
}

ConnectionProfile ConnectionProfile::demo()
{
    ConnectionProfile profile;
    profile.id = demoId();
    profile.label = tr("Demo workspace");
    profile.isDemo = true;
    return profile;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
