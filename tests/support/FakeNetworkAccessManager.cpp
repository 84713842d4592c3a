#include "FakeNetworkAccessManager.h"

#include <QPointer>
#include <QTimer>

FakeResponse FakeResponse::json(int status, QByteArray body,
                                QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse r;
    r.mode = Mode::Hang;
    return r;
}

FakeResponse FakeResponse::fail(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.mode = Mode::Fail;
    r.error = error;
    return r;
}

FakeResponse FakeResponse::redirect(QUrl to, const FakeResponse& then)
{
    FakeResponse r = then;
    r.mode = Mode::Redirect;
    r.redirectTo = std::move(to);
    return r;
}

class FakeReply : public QNetworkReply
{
public:
    FakeReply(FakeNetworkAccessManager* manager, const QNetworkRequest& request,
              FakeResponse response)
        : QNetworkReply(manager)
        , m_manager(manager)
        , m_response(std::move(response))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (++m_manager->m_inFlight > m_manager->m_maxInFlight)
            m_manager->m_maxInFlight = m_manager->m_inFlight;
        if (m_response.mode == FakeResponse::Mode::Hang)
            return;
        QTimer::singleShot(m_response.delayMs, this, [this] { start(); });
    }
    ~FakeReply() override { done(); }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finishWith(true);
    }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void start()
    {
        if (isFinished())
            return;
        if (m_response.mode == FakeResponse::Mode::Redirect) {
            connect(this, &QNetworkReply::redirectAllowed, this, [this] {
                setUrl(m_response.redirectTo);
                m_response.mode = FakeResponse::Mode::Respond;
                QTimer::singleShot(0, this, [this] { start(); });
            });
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 302);
            setRawHeader("Location", m_response.redirectTo.toEncoded());
            emit redirected(m_response.redirectTo);
            return;
        }
        if (m_response.mode == FakeResponse::Mode::Fail) {
            setError(m_response.error, QStringLiteral("Simulated network failure"));
            finishWith(true);
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& [name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
        if (m_response.status >= 400)
            setError(m_response.status == 404 ? ContentNotFoundError : UnknownContentError,
                     QStringLiteral("HTTP error"));
        emit metaDataChanged();
        if (isFinished())
            return; // the client may abort on what the headers say
        m_body = m_response.body;
        emit downloadProgress(m_body.size(), m_body.size());
        if (isFinished())
            return;
        emit readyRead();
        finishWith(error() != NoError);
    }

    void finishWith(bool withError)
    {
        setFinished(true);
        done();
        if (withError)
            emit errorOccurred(error());
        emit finished();
    }

    void done()
    {
        if (m_counted && m_manager) {
            m_counted = false;
            --m_manager->m_inFlight;
        }
    }

    QPointer<FakeNetworkAccessManager> m_manager;
    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_counted = true;
};

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : NetworkAccessManager(parent)
{
    respondWith(FakeResponse::json(404, QByteArrayLiteral("{}")));
}

void FakeNetworkAccessManager::respondWith(const FakeResponse& response)
{
    m_handler = [response](const QNetworkRequest&) { return response; };
}

QNetworkReply* FakeNetworkAccessManager::send(Operation, const QNetworkRequest& request,
                                              QIODevice* outgoingData)
{
    m_requests.append(request);
    m_bodies.append(outgoingData ? outgoingData->readAll() : QByteArray());
    return new FakeReply(this, request, m_handler(request));
}
