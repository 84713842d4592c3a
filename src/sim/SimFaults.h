#pragma once

#include "SimReply.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

// What can go wrong between a client and Intercom, on demand. Faults apply
// to requests that passed authentication, version and rate-limit checks
// (the "authenticated API paths"), or only to /teams/{id}/metrics when the
// scope says so; 401, 400 and the real 429 are never disturbed.
//
// At most one fault shapes a reply, in this order: a 429 burst, then a 5xx,
// then the body fault. Latency and hanging apply on top, to whatever reply
// was chosen.
enum class SimBodyFault
{
    None,
    // Content-Length announces the whole body, half of it is sent, then the
    // connection closes.
    Truncated,
    // The reply's own status and JSON content type, with a body that does
    // not parse.
    MalformedJson,
    // 502 with an HTML error page, as a proxy in front of the API sends.
    HtmlErrorPage,
    // 200 with an HTML page, as a captive portal sends.
    HtmlOkPage,
    // 302 to http://example.invalid/..., leaving HTTPS and the host.
    RedirectToHttp,
};

enum class SimFaultScope
{
    AllApiPaths,
    MetricsOnly
};

struct SimFaults
{
    int latencyMs = 0;
    // Requests are accepted and never answered until hanging is switched off
    // (then they are answered) or the server goes away. Other connections
    // keep being served.
    bool hang = false;
    // Share of requests answered 500, 502, 503 or 504; which ones is
    // decided by a generator seeded from the workspace seed.
    double serverErrorRate = 0.0;
    SimBodyFault bodyFault = SimBodyFault::None;
    SimFaultScope scope = SimFaultScope::AllApiPaths;
    // Every this many seconds, the next rateLimitBurstLength requests get a
    // 429 (0 = never). One-off bursts: SimServer::startRateLimitBurst().
    int rateLimitBurstEverySeconds = 0;
    int rateLimitBurstLength = 0;
};

// Decides what the faults do to each reply: the 429 bursts, the seeded 5xx
// draws and the body faults. Latency and hanging are about delivery and are
// carried out by SimServer.
class SimFaultInjector
{
public:
    explicit SimFaultInjector(quint64 seed);

    void setFaults(const SimFaults& faults);
    const SimFaults& faults() const { return m_faults; }
    void startRateLimitBurst(int requests) { m_burstRemaining = std::max(0, requests); }
    int rateLimitBurstRemaining() const { return m_burstRemaining; }

    bool appliesTo(const QString& path) const;
    // The reply as the faults shape it. `windowReset` (Unix seconds) is the
    // end of the current rate-limit window, which a 429 reports.
    SimReply apply(SimReply reply, const QString& requestId, const QString& path,
                   const QDateTime& now, qint64 windowReset);

private:
    SimFaults m_faults;
    int m_burstRemaining = 0;
    qint64 m_nextPeriodicBurst = 0; // Unix ms, 0 = not started
    QRandomGenerator m_rng;
};

namespace SimFaultNames {

// Command-line spellings, shared by floorwatch-sim and its help text.
inline SimBodyFault bodyFaultFromString(const QString& name, bool* ok = nullptr)
{
    struct Entry
    {
        const char* name;
        SimBodyFault fault;
    };
    static const Entry entries[] = {
        {"none", SimBodyFault::None},
        {"truncated", SimBodyFault::Truncated},
        {"malformed-json", SimBodyFault::MalformedJson},
        {"html-502", SimBodyFault::HtmlErrorPage},
        {"html-200", SimBodyFault::HtmlOkPage},
        {"redirect-http", SimBodyFault::RedirectToHttp},
    };
    for (const Entry& e : entries) {
        if (name == QLatin1String(e.name)) {
            if (ok)
                *ok = true;
            return e.fault;
        }
    }
    if (ok)
        *ok = false;
    return SimBodyFault::None;
}

} // namespace SimFaultNames
