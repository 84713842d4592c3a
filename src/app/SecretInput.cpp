#include "SecretInput.h"

#include <QtGlobal>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

constexpr std::size_t kMaxLength = 16 * 1024;

#ifndef Q_OS_WIN
termios g_saved;
volatile std::sig_atomic_t g_restore = 0;

// Ctrl+C while echo is off must not leave the terminal without echo.
void restoreAndReraise(int signal)
{
    if (g_restore)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Echo off for as long as it lives, when standard input is a terminal.
class NoEcho
{
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (_isatty(_fileno(stdin)) && GetConsoleMode(m_handle, &m_mode)) {
            SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
            m_active = true;
        }
#else
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &g_saved) == 0) {
            termios quiet = g_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            g_restore = 1;
            m_oldInt = std::signal(SIGINT, restoreAndReraise);
            m_oldTerm = std::signal(SIGTERM, restoreAndReraise);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
        std::fputs("\n", stderr);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_restore = 0;
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
#endif
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

    bool active() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
#endif
};

bool isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

} // namespace

namespace SecretInput {

std::optional<QString> readLine(const QString& prompt)
{
    if (isTerminal()) {
        std::fprintf(stderr, "%s ", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
    }
    std::string line;
    bool any = false;
    {
        const NoEcho noEcho;
        for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
            any = true;
            if (c == '\n')
                break;
            if (line.size() < kMaxLength)
                line.push_back(char(c));
        }
    }
    if (!any)
        return std::nullopt;
    const QString text = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
    // The copy in this buffer is not needed any more.
    line.assign(line.size(), '\0');
    return text;
}

} // namespace SecretInput
