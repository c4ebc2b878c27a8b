#pragma once

#include <QJsonValue>
#include <QString>

// "a number", "a list", "missing": how the parsers' notes name a JSON value of the wrong type, in one
// wording (and one set of translations) for every parser.
namespace JsonTypeName {

QString of(QJsonValue::Type type);

} // namespace JsonTypeName
