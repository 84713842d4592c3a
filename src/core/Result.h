#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// A value, or why there is none: an ApiError for API calls and
// configuration, a TokenStoreError for the keychain (StoreResult).
template <typename T, typename E = ApiError> class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {} // NOLINT: implicit by design
    Result(E error)
        : m_v(std::move(error))
    {} // NOLINT: implicit by design

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_v); }
    T& value() { return std::get<0>(m_v); }
    const E& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};
