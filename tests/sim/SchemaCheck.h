#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Checks JSON values against the schemas of one API version in
// tests/data/openapi/intercom-subset.json: types (string, integer, number,
// boolean, array, object), nullable, enum, formats uri and uuid, $ref into
// components.schemas, required lists, and no properties the schema does not
// declare. The spec marks almost nothing required, so callers add the fields
// a client depends on per schema name.
class SchemaCheck
{
public:
    // Loads a version ("2.16" or "Preview"); isValid() tells whether it worked.
    explicit SchemaCheck(const QString& version);
    bool isValid() const { return !m_schemas.isEmpty(); }

    void requireFields(const QString& schemaName, const QStringList& fields);

    // The schema of an operation's response, e.g. ("getTeamMetrics", "200"),
    // or {} if the spec has none.
    QJsonObject responseSchema(const QString& operationId, const QString& status) const;
    QJsonArray responseExamples(const QString& operationId, const QString& status) const;
    QJsonObject namedSchema(const QString& name) const;

    // Problems found, each with a JSON path; empty means the value conforms.
    QStringList validate(const QJsonValue& value, const QJsonObject& schema) const;

private:
    void walk(const QJsonValue& value, QJsonObject schema, const QString& where,
              QStringList& problems) const;

    QJsonObject m_operations;
    QJsonObject m_schemas;
    QHash<QString, QStringList> m_required;
};
