#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Metadata maps of the generated workspace, regenerated from a seed whenever they are read, so the
// catalog stores nothing until a PATCH overrides a map.
namespace DemoMetadata {

enum class Flavour : quint8 {
    Random, // 0-12 keys from a pool of realistic values
    Edgy, // carries a value of exactly 500 characters, a null value and notes with quotes/unicode
};

QJsonObject artifactMetadata(quint64 seed, Flavour flavour);

// null (QJsonValue::Null) when the recording has no metadata at all.
QJsonValue recordingMetadata(quint64 seed, bool present);

} // namespace DemoMetadata
