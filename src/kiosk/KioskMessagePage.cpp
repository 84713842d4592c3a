#include "KioskMessagePage.h"

#include "KioskChrome.h"
#include "KioskStyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {

struct Block
{
    QString text;
    QFont font;
    QColor colour;
    double gapAfter = 0;
    bool boxed = false;
};

} // namespace

KioskMessagePage::KioskMessagePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskMessagePage"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void KioskMessagePage::setKioskStyle(const KioskStyle* style)
{
    m_style = style;
    update();
}

void KioskMessagePage::setFrame(std::optional<KioskFrame> frame)
{
    const bool same =
        frame.has_value() == m_frame.has_value() &&
        (!frame || (frame->sameHeader(*m_frame) && frame->rotation == m_frame->rotation));
    m_frame = std::move(frame);
    if (!same)
        update();
}

void KioskMessagePage::setMessage(const KioskMessage& message)
{
    const bool same = message.title == m_message.title && message.lines == m_message.lines &&
                      message.command == m_message.command && message.after == m_message.after &&
                      message.footnote == m_message.footnote && message.glyph == m_message.glyph;
    m_message = message;
    setAccessibleName(m_message.title);
    if (!same)
        update();
}

QString KioskMessagePage::text() const
{
    QStringList all;
    all << m_message.title << m_message.lines;
    if (!m_message.command.isEmpty())
        all << m_message.command;
    all << m_message.after;
    if (!m_message.footnote.isEmpty())
        all << m_message.footnote;
    return all.join(QLatin1Char('\n'));
}

void KioskMessagePage::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!m_style) {
        p.fillRect(rect(), Qt::black);
        return;
    }
    const KioskStyle& s = *m_style;
    const KioskColours& c = s.colours();
    p.fillRect(rect(), c.background);
    p.setRenderHint(QPainter::TextAntialiasing);

    QRectF content = KioskChrome::inner(s, rect());
    if (m_frame) {
        content = KioskChrome::paintHeader(p, s, content, *m_frame);
        content = KioskChrome::paintFooter(p, s, content, m_frame->rotation);
    }
    if (!m_message.footnote.isEmpty()) {
        const QFont font = s.font(2.3);
        p.setFont(font);
        p.setPen(c.muted);
        const QRectF foot(content.left(), content.bottom() - s.u(3.2), content.width(), s.u(3.2));
        p.drawText(
            foot, Qt::AlignHCenter | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(m_message.footnote, Qt::ElideMiddle, foot.width()));
        content.setBottom(foot.top() - s.u(1.5));
    }

    QList<Block> blocks;
    const QColor tone = KioskChrome::toneColour(s, m_message.tone);
    if (!m_message.glyph.isEmpty())
        blocks << Block{m_message.glyph, s.font(7, QFont::Bold), tone, s.u(1.5)};
    // On a team's page the header already names the team: a smaller title.
    blocks << Block{m_message.title, s.font(m_frame ? 4.6 : 5.4, QFont::Bold), c.text, s.u(3)};
    for (const QString& line : m_message.lines)
        blocks << Block{line, s.font(3.1), c.text, s.u(1.6)};
    if (!m_message.command.isEmpty()) {
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPixelSize(int(s.u(3.3)));
        mono.setWeight(QFont::Bold);
        blocks << Block{m_message.command, mono, c.text, s.u(2.2), true};
    }
    for (const QString& line : m_message.after)
        blocks << Block{line, s.font(3.1), c.muted, s.u(1.6)};

    const double width = std::min(content.width(), s.u(128));
    const double left = content.center().x() - width / 2;
    const double pad = s.u(1.8);
    QList<double> heights;
    double total = 0;
    for (const Block& b : std::as_const(blocks)) {
        const double inner = b.boxed ? width - 2 * pad : width;
        double h = QFontMetricsF(b.font)
                       .boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, b.text)
                       .height();
        if (b.boxed)
            h += 2 * pad;
        heights << h;
        total += h + b.gapAfter;
    }
    double y = content.top() + std::max(0.0, (content.height() - total) / 2);
    for (int i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        QRectF r(left, y, width, heights[i]);
        if (b.boxed) {
            QPainterPath box;
            box.addRoundedRect(r, s.u(1), s.u(1));
            p.fillPath(box, c.surface);
            r.adjust(pad, pad, -pad, -pad);
        }
        p.setFont(b.font);
        p.setPen(b.colour);
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.text);
        y += heights[i] + b.gapAfter;
    }
}
