#pragma once

#include "KioskFrame.h"
#include "KioskText.h"

#include <QWidget>

#include <optional>

class KioskStyle;

// A page of words in large type: a team that cannot be shown (with the
// team's header and the rotation around it), the first numbers not there
// yet, or the whole display waiting to be re-authorised.
class KioskMessagePage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskMessagePage(QWidget* parent = nullptr);

    void setKioskStyle(const KioskStyle* style);
    void setFrame(std::optional<KioskFrame> frame);
    void setMessage(const KioskMessage& message);
    const KioskMessage& message() const { return m_message; }
    const std::optional<KioskFrame>& frame() const { return m_frame; }
    // The whole message as plain text, for tests and screen readers.
    QString text() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const KioskStyle* m_style = nullptr;
    std::optional<KioskFrame> m_frame;
    KioskMessage m_message;
};
