#pragma once

#include <QString>

#include <optional>

// One line from standard input for a secret: on a terminal the prompt goes
// to standard error and what is typed is not echoed (termios on Unix, the
// console mode on Windows); from a pipe the line is read as it comes.
// nullopt at end of input before any character.
namespace SecretInput {

std::optional<QString> readLine(const QString& prompt);

} // namespace SecretInput
