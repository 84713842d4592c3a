#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// The value of an API call, or why there is none.
template <typename T> class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {} // NOLINT: implicit by design
    Result(ApiError error)
        : m_v(std::move(error))
    {} // NOLINT: implicit by design

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_v); }
    T& value() { return std::get<0>(m_v); }
    const ApiError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, ApiError> m_v;
};
