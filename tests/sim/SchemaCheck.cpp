#include "SchemaCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace {

const QString kRefPrefix = QStringLiteral("#/components/schemas/");

QString kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

} // namespace

SchemaCheck::SchemaCheck(const QString& version)
{
    QFile file(QStringLiteral(FLOORWATCH_OPENAPI_DIR "/intercom-subset.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject v = root.value(version).toObject();
    m_operations = v.value(QStringLiteral("operations")).toObject();
    m_schemas = v.value(QStringLiteral("schemas")).toObject();
}

void SchemaCheck::requireFields(const QString& schemaName, const QStringList& fields)
{
    m_required[schemaName] += fields;
}

QJsonObject SchemaCheck::responseSchema(const QString& operationId, const QString& status) const
{
    return m_operations.value(operationId)
        .toObject()
        .value(QStringLiteral("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QStringLiteral("schema"))
        .toObject();
}

QJsonArray SchemaCheck::responseExamples(const QString& operationId, const QString& status) const
{
    return m_operations.value(operationId)
        .toObject()
        .value(QStringLiteral("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QStringLiteral("examples"))
        .toArray();
}

QJsonObject SchemaCheck::namedSchema(const QString& name) const
{
    return QJsonObject{{QStringLiteral("$ref"), kRefPrefix + name}};
}

QStringList SchemaCheck::validate(const QJsonValue& value, const QJsonObject& schema) const
{
    QStringList problems;
    if (schema.isEmpty())
        problems << QStringLiteral("$: no schema to check against");
    else
        walk(value, schema, QStringLiteral("$"), problems);
    return problems;
}

void SchemaCheck::walk(const QJsonValue& value, QJsonObject schema, const QString& where,
                       QStringList& problems) const
{
    QStringList required = schema.value(QStringLiteral("required")).toVariant().toStringList();
    // A $ref may carry its own nullable (as admin_with_app.app does).
    bool nullable = schema.value(QStringLiteral("nullable")).toBool();
    while (schema.contains(QStringLiteral("$ref"))) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(kRefPrefix) || !m_schemas.contains(ref.mid(kRefPrefix.size()))) {
            problems << where + QStringLiteral(": unresolvable $ref ") + ref;
            return;
        }
        const QString name = ref.mid(kRefPrefix.size());
        schema = m_schemas.value(name).toObject();
        nullable = nullable || schema.value(QStringLiteral("nullable")).toBool();
        required += schema.value(QStringLiteral("required")).toVariant().toStringList();
        required += m_required.value(name);
    }

    if (value.isNull()) {
        if (!nullable)
            problems << where + QStringLiteral(": null where the schema does not allow it");
        return;
    }

    QString type = schema.value(QStringLiteral("type")).toString();
    if (type.isEmpty() && schema.contains(QStringLiteral("properties")))
        type = QStringLiteral("object");

    bool typeOk = true;
    if (type == QLatin1String("string"))
        typeOk = value.isString();
    else if (type == QLatin1String("integer"))
        typeOk = value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    else if (type == QLatin1String("number"))
        typeOk = value.isDouble();
    else if (type == QLatin1String("boolean"))
        typeOk = value.isBool();
    else if (type == QLatin1String("array"))
        typeOk = value.isArray();
    else if (type == QLatin1String("object"))
        typeOk = value.isObject();
    if (!typeOk) {
        problems << where + QStringLiteral(": expected ") + type + QStringLiteral(", found ") +
                        kindOf(value);
        return;
    }

    if (schema.contains(QStringLiteral("enum")) &&
        !schema.value(QStringLiteral("enum")).toArray().contains(value)) {
        problems << where + QStringLiteral(": value not in enum");
    }
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (value.isString() && format == QLatin1String("uri")) {
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            problems << where + QStringLiteral(": not a URI: ") + value.toString();
    }
    if (value.isString() && format == QLatin1String("uuid") &&
        QUuid::fromString(value.toString()).isNull()) {
        problems << where + QStringLiteral(": not a UUID: ") + value.toString();
    }

    if (value.isArray()) {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!items.isEmpty())
                walk(array.at(i), items,
                     where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), problems);
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QString& field : std::as_const(required)) {
            if (!object.contains(field))
                problems << where + QStringLiteral(": missing required ") + field;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = where + QLatin1Char('.') + it.key();
            if (!properties.contains(it.key()))
                problems << path + QStringLiteral(": not declared by the schema");
            else
                walk(it.value(), properties.value(it.key()).toObject(), path, problems);
        }
    }
}
