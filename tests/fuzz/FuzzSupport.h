#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the bytes as a QByteArray that does not
// copy them, and a crash that libFuzzer records with the input that caused it.
namespace Fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool ok, const char* what, const QString& detail = QString())
{
    if (!ok)
        broken(what, detail);
}

// Ids must be non-empty and unique within one list.
template <typename List, typename IdOf> void checkIds(const List& list, IdOf idOf, const char* what)
{
    QSet<QString> seen;
    for (const auto& item : list) {
        const QString id = idOf(item);
        check(!id.isEmpty(), what, QStringLiteral("empty id"));
        check(!seen.contains(id), what, QStringLiteral("duplicate id ") + id);
        seen.insert(id);
    }
}

} // namespace Fuzz
