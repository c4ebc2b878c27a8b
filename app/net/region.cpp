#include "region.h"

using namespace Qt::StringLiterals;

namespace {
struct RegionText
{
    Q_DECLARE_TR_FUNCTIONS(Region)
};
} // namespace

namespace Regions {

QList<RegionInfo> all()
{
    return {
        {Region::UsEast1, u"us-east-1"_s, RegionText::tr("US East (N. Virginia)"),
            QUrl(u"https://us-east-1.recall.ai"_s)},
        {Region::UsWest2, u"us-west-2"_s, RegionText::tr("US West (Oregon)"), QUrl(u"https://us-west-2.recall.ai"_s)},
        {Region::EuCentral1, u"eu-central-1"_s, RegionText::tr("EU (Frankfurt)"),
            QUrl(u"https://eu-central-1.recall.ai"_s)},
        {Region::ApNortheast1, u"ap-northeast-1"_s, RegionText::tr("Asia (Tokyo)"),
            QUrl(u"https://ap-northeast-1.recall.ai"_s)},
    };
}

RegionInfo info(Region region)
{
    const QList<RegionInfo> regions = all();
    for (const RegionInfo &r : regions) {
        if (r.region == region)
            return r;
    }
    return regions.first();
}

QUrl baseUrl(Region region)
{
    return info(region).baseUrl;
}

std::optional<Region> fromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    const QList<RegionInfo> regions = all();
    for (const RegionInfo &r : regions) {
        if (r.id == key)
            return r.region;
    }
    if (key == "us"_L1 || key == "us-east"_L1 || key == "api"_L1)
        return Region::UsEast1;
    if (key == "us-west"_L1)
        return Region::UsWest2;
    if (key == "eu"_L1 || key == "eu-central"_L1)
        return Region::EuCentral1;
    if (key == "asia"_L1 || key == "jp"_L1 || key == "ap-northeast"_L1)
        return Region::ApNortheast1;
    return std::nullopt;
}

std::optional<Region> fromUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == "api.recall.ai"_L1)
        return Region::UsEast1;
    const QList<RegionInfo> regions = all();
    for (const RegionInfo &r : regions) {
        if (r.baseUrl.host() == host)
            return r.region;
    }
    return std::nullopt;
}

} // namespace Regions
