#include "savesemantics.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

QString SaveSemantics::settingsKey(const QString &connection)
{
    // Percent-encoded: QSettings reads '/' and '\' in a key as group separators.
    return u"metadataSaveSemantics/"_s % QString::fromLatin1(QUrl::toPercentEncoding(connection));
}

SaveSemantics::Patch SaveSemantics::of(const QString &connection)
{
    if (connection.isEmpty())
        return Patch::Unknown;
    const QString value = QSettings().value(settingsKey(connection)).toString();
    if (value == "merge"_L1)
        return Patch::Merges;
    if (value == "replace"_L1)
        return Patch::Replaces;
    return Patch::Unknown;
}

void SaveSemantics::remember(const QString &connection, Patch patch)
{
    if (connection.isEmpty())
        return;
    QSettings settings;
    switch (patch) {
    case Patch::Unknown:
        settings.remove(settingsKey(connection));
        break;
    case Patch::Replaces:
        settings.setValue(settingsKey(connection), u"replace"_s);
        break;
    case Patch::Merges:
        settings.setValue(settingsKey(connection), u"merge"_s);
        break;
    }
}
