#include "SimFaults.h"

#include "SimJson.h"
#include "SimRandom.h"

#include <QRegularExpression>

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kHtml = QByteArrayLiteral("text/html; charset=utf-8");

QByteArray htmlPage(const QByteArray& title, const QByteArray& text)
{
    return "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head><body><h1>" + title +
           "</h1><p>" + text + "</p></body></html>\n";
}

SimReply error(int status, const QString& requestId, const QString& code, const QString& message)
{
    SimReply reply;
    reply.status = status;
    reply.setHeader("Content-Type", kJson);
    reply.body = SimJson::error(requestId, code, message);
    return reply;
}

} // namespace

SimFaultInjector::SimFaultInjector(quint64 seed)
    : m_rng(SimRandom::generator(seed, 3))
{}

void SimFaultInjector::setFaults(const SimFaults& faults)
{
    const bool newPeriod =
        faults.rateLimitBurstEverySeconds != m_faults.rateLimitBurstEverySeconds ||
        faults.rateLimitBurstLength != m_faults.rateLimitBurstLength;
    m_faults = faults;
    m_faults.serverErrorRate = std::clamp(faults.serverErrorRate, 0.0, 1.0);
    m_faults.latencyMs = std::max(0, faults.latencyMs);
    if (newPeriod)
        m_nextPeriodicBurst = 0;
}

bool SimFaultInjector::appliesTo(const QString& path) const
{
    static const QRegularExpression metrics(QStringLiteral("^/teams/[^/]+/metrics$"));
    return m_faults.scope == SimFaultScope::AllApiPaths || metrics.match(path).hasMatch();
}

SimReply SimFaultInjector::apply(SimReply reply, const QString& requestId, const QString& path,
                                 const QDateTime& now, qint64 windowReset)
{
    const auto keepRateHeaders = [&reply](SimReply replacement) {
        for (const auto& [name, value] : reply.headers) {
            if (name.toLower().startsWith("x-ratelimit-"))
                replacement.setHeader(name, value);
        }
        return replacement;
    };

    if (m_faults.rateLimitBurstEverySeconds > 0 && m_faults.rateLimitBurstLength > 0) {
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const qint64 every = qint64(m_faults.rateLimitBurstEverySeconds) * 1000;
        if (m_nextPeriodicBurst == 0)
            m_nextPeriodicBurst = nowMs + every;
        if (nowMs >= m_nextPeriodicBurst) {
            m_burstRemaining += m_faults.rateLimitBurstLength;
            while (m_nextPeriodicBurst <= nowMs)
                m_nextPeriodicBurst += every;
        }
    }
    if (m_burstRemaining > 0) {
        --m_burstRemaining;
        SimReply limited = keepRateHeaders(
            error(429, requestId, QStringLiteral("rate_limit_exceeded"),
                  QStringLiteral("You have exceeded the rate limit. Please try again later.")));
        limited.setHeader("X-RateLimit-Remaining", "0");
        limited.setHeader("X-RateLimit-Reset", QByteArray::number(windowReset));
        return limited;
    }

    if (m_faults.serverErrorRate > 0 && m_rng.generateDouble() < m_faults.serverErrorRate) {
        static const int statuses[] = {500, 502, 503, 504};
        const int status = statuses[m_rng.bounded(4)];
        if (status == 500) {
            return keepRateHeaders(error(500, requestId, QStringLiteral("server_error"),
                                         QStringLiteral("An unexpected error occurred.")));
        }
        if (status == 503) {
            return keepRateHeaders(
                error(503, requestId, QStringLiteral("service_unavailable"),
                      QStringLiteral("The service is temporarily unavailable.")));
        }
        SimReply gateway;
        gateway.status = status;
        gateway.setHeader("Content-Type", kHtml);
        gateway.body = status == 502
                           ? htmlPage("502 Bad Gateway", "The upstream server did not answer.")
                           : htmlPage("504 Gateway Timeout", "The upstream server took too long.");
        return keepRateHeaders(gateway);
    }

    switch (m_faults.bodyFault) {
    case SimBodyFault::None:
        break;
    case SimBodyFault::Truncated:
        reply.truncate = true;
        break;
    case SimBodyFault::MalformedJson:
        // A prefix of an object never closes it, and ",," never parses.
        reply.body = reply.body.left(reply.body.size() * 2 / 3) + ",,]";
        break;
    case SimBodyFault::HtmlErrorPage: {
        SimReply page;
        page.status = 502;
        page.setHeader("Content-Type", kHtml);
        page.body = htmlPage("502 Bad Gateway", "nginx could not reach the application.");
        return keepRateHeaders(page);
    }
    case SimBodyFault::HtmlOkPage: {
        SimReply page;
        page.status = 200;
        page.setHeader("Content-Type", kHtml);
        page.body = htmlPage("Sign in to the guest network",
                             "Accept the terms of use to continue browsing.");
        return keepRateHeaders(page);
    }
    case SimBodyFault::RedirectToHttp: {
        SimReply redirect;
        redirect.status = 302;
        redirect.setHeader("Location", "http://example.invalid" + path.toUtf8());
        redirect.setHeader("Content-Type", kHtml);
        redirect.body = htmlPage("302 Found", "Moved to http://example.invalid.");
        return keepRateHeaders(redirect);
    }
    }
    return reply;
}
