#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// The Recall.ai regions of the spec. Each is a separate deployment: a key works in its own region only.
enum class Region { UsEast1, UsWest2, EuCentral1, ApNortheast1 };

struct RegionInfo
{
    Region region = Region::UsEast1;
    QString id; // "us-east-1", as used on the command line and in settings
    QString label; // translated, for menus
    QUrl baseUrl;
};

namespace Regions {

QList<RegionInfo> all();
RegionInfo info(Region region);
QUrl baseUrl(Region region);
// Accepts the region ids ("eu-central-1") and a few obvious aliases ("us", "eu", "asia", "jp").
std::optional<Region> fromId(const QString &id);
// The region whose deployment answers at url's host, if any (api.recall.ai is us-east-1).
std::optional<Region> fromUrl(const QUrl &url);

} // namespace Regions
