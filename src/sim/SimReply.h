#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One reply, fully decided before it is written, so that it can be held back
// (latency, hanging) and written later without the request.
struct SimReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added when written
    QByteArray body;
    // Announce the whole body, send half of it, then close the connection.
    bool truncate = false;

    void setHeader(const QByteArray& name, const QByteArray& value);
};
