#pragma once

#include <QSqlError>

class QSqlDatabase;

// The history database's tables, and the steps from each earlier version
// to the current one (PRAGMA user_version holds the version).
namespace HistorySchema {

// Brings a database at `fromVersion` (0: new and empty) up to
// HistoryStore::kSchemaVersion in one transaction. On failure the database
// is left as it was and the error is returned; on success the error is
// not valid.
QSqlError migrate(QSqlDatabase& db, int fromVersion);

} // namespace HistorySchema
