#include "jsontypename.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonTypeName)
};
} // namespace

namespace JsonTypeName {

QString of(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("text");
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

} // namespace JsonTypeName
