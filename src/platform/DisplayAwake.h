#pragma once

#include <QObject>
#include <QString>

#include <memory>

// Keeps the display from blanking or going to sleep while asked to, through
// the operating system's own mechanism (one implementation per platform,
// each compiled only there). A wall display asks during its active hours
// and lets go outside them, so the screen may sleep at night.
class DisplayAwake : public QObject
{
    Q_OBJECT

public:
    explicit DisplayAwake(QObject* parent = nullptr);
    ~DisplayAwake() override;

    // Asking twice for the same thing does nothing; the request ends at the
    // latest with the process.
    void setKeepAwake(bool on);
    bool keepAwake() const { return m_wanted; }

    // The implementation for this platform (a do-nothing one where there is
    // none). `reason` is shown by systems that list who keeps them awake.
    static std::unique_ptr<DisplayAwake> create(const QString& reason, QObject* parent = nullptr);

protected:
    virtual void apply(bool on) = 0;

private:
    bool m_wanted = false;
};
