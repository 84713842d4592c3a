// parseTeamMetrics, the scanner-based parser that reads every poll: on any
// bytes it returns a value or a BadResponse, and a value never holds a
// negative count, an empty or a repeated admin_id.
#include "FuzzSupport.h"
#include "Parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const auto result = Parsers::parseTeamMetrics(body);
    if (!result.ok()) {
        Fuzz::check(result.error().kind() == ApiError::Kind::BadResponse, "error kind");
        Fuzz::check(!result.error().detail().isEmpty(), "error without a detail");
        return 0;
    }
    for (const TeamMetric& m : result.value())
        Fuzz::check(m.open >= 0 && m.idle >= 0 && m.snoozed >= 0, "negative count", m.adminId);
    Fuzz::checkIds(
        result.value(), [](const TeamMetric& m) { return m.adminId; }, "admin_id");
    return 0;
}
