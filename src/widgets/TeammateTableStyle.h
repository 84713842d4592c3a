#pragma once

#include <QColor>
#include <QIdentityProxyModel>
#include <QPalette>

#include <optional>

// How the teammate table looks: severity colours, dimming for away
// teammates and stale data, italics for teammates the directory does not
// know yet. The numbers and glyphs come from the model underneath; this only
// adds colour and type, so nothing here is the only signal of anything.
class TeammateTableStyle : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TeammateTableStyle(QObject* parent = nullptr);

    // Old data stays on screen, dimmed, until newer data arrives.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // Colours follow the application palette unless one is pinned here (a
    // dark wall display on a light desktop).
    void setPalette(const QPalette& palette);
    void unsetPalette();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // WCAG contrast ratio of two colours, 1 to 21.
    static double contrastRatio(const QColor& a, const QColor& b);

private:
    struct Colours
    {
        QColor text;
        QColor dimmedText;
        QColor background[3]; // by severity; normal is invalid
        QColor dimmedBackground[3];
        QColor foreground[3]; // readable on the matching background
        QColor dimmedForeground[3];
    };
    const Colours& colours() const;
    void repaintAll();

    std::optional<QPalette> m_palette;
    bool m_stale = false;
    mutable Colours m_colours;
    mutable qint64 m_coloursKey = -1;
};
