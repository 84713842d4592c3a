// floorwatch.exe is a GUI-subsystem program, so that starting it from the
// Start menu opens no console window. Such a program has no standard output
// of its own: when it is started from cmd or PowerShell (--print, --help,
// --version, error messages), this connects stdout and stderr to that
// console before main() runs. Streams that are already redirected to a file
// or a pipe are left alone.

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstdio>

namespace {

bool hasNoStream(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle == nullptr || handle == INVALID_HANDLE_VALUE ||
           GetFileType(handle) == FILE_TYPE_UNKNOWN;
}

struct ParentConsole
{
    ParentConsole()
    {
        const bool out = hasNoStream(STD_OUTPUT_HANDLE);
        const bool err = hasNoStream(STD_ERROR_HANDLE);
        if (!(out || err) || !AttachConsole(ATTACH_PARENT_PROCESS))
            return;
        FILE* stream = nullptr;
        if (out && freopen_s(&stream, "CONOUT$", "w", stdout) != 0)
            return;
        if (err)
            freopen_s(&stream, "CONOUT$", "w", stderr);
    }
};

const ParentConsole parentConsole;

} // namespace
