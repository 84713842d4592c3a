#pragma once

#include <QString>

// Text that came from a server (names, ids, error messages, request ids),
// made inert before it is printed, logged or exported: a hostile or broken
// server must not be able to move a terminal's cursor, set its title, forge
// log lines or hide text.
namespace ServerText {

// Long enough for any real name, message or request id.
constexpr qsizetype kMaxLength = 256;

// C0 and C1 control characters, DEL, line and paragraph separators and the
// bidirectional overrides are written as visible escapes (\x1b, \u202e);
// text longer than maxLength characters is cut there and ends in "…".
QString inert(const QString& text, qsizetype maxLength = kMaxLength);

// inert(), then one CSV cell: quoted when it holds a comma, quote or line
// break, and prefixed with ' when it starts with = + - @ (or tab or CR) so
// that spreadsheet programs show it instead of evaluating it.
QString csvCell(const QString& text);

} // namespace ServerText
