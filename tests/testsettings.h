#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

// Settings of a test program go to a test-only place, cleared by each test that writes them.
inline void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("pi-tests"));
    QCoreApplication::setApplicationName(applicationName);
}
