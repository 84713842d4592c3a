#include "InMemoryTokenStore.h"

InMemoryTokenStore::InMemoryTokenStore(QObject* parent)
    : TokenStore(parent)
{}

InMemoryTokenStore::~InMemoryTokenStore() = default;

void InMemoryTokenStore::setUnavailable(bool unavailable)
{
    if (unavailable) {
        m_writeError = TokenStoreError::unavailable();
        m_readError = TokenStoreError::notFound();
    } else {
        m_writeError.reset();
        m_readError.reset();
    }
}

void InMemoryTokenStore::setHanging(bool hanging)
{
    m_hanging = hanging;
    if (!hanging) {
        for (std::function<void()>& fn : std::exchange(m_held, {}))
            later(std::move(fn));
    }
}

void InMemoryTokenStore::later(std::function<void()> fn)
{
    if (m_hanging) {
        m_held.append(std::move(fn));
        return;
    }
    // Same timing as a real keychain: never before the call returns.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void InMemoryTokenStore::readEntry(const QString& account, ReadHandler handler)
{
    // Results are made in one expression, never assigned into a std::optional
    // afterwards: GCC 14 sees the assignment's engaged branch and warns about
    // a payload it cannot prove initialised (-Wmaybe-uninitialized).
    StoreResult<QString> result = [&]() -> StoreResult<QString> {
        if (m_readError)
            return *m_readError;
        if (const auto it = m_entries.constFind(account); it != m_entries.cend())
            return *it;
        return TokenStoreError::notFound();
    }();
    later([handler = std::move(handler), result = std::move(result)] { handler(result); });
}

void InMemoryTokenStore::writeEntry(const QString& account, const QString& secret,
                                    DoneHandler handler)
{
    std::optional<TokenStoreError> error = m_writeError;
    if (!error) {
        m_entries.insert(account, secret);
        ++m_writes;
    }
    later([handler = std::move(handler), error] { handler(error); });
}

void InMemoryTokenStore::removeEntry(const QString& account, DoneHandler handler)
{
    const std::optional<TokenStoreError> error = [&]() -> std::optional<TokenStoreError> {
        if (m_removeError)
            return m_removeError;
        if (m_entries.remove(account) == 0)
            return TokenStoreError::notFound();
        return std::nullopt;
    }();
    later([handler = std::move(handler), error] { handler(error); });
}
