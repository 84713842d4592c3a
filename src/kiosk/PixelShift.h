#pragma once

#include <QPoint>

#include <chrono>

// Against burn-in: the whole picture moves by a few pixels every few
// minutes along a fixed, slow path that covers the square of ±amplitude
// (two sine waves with periods of 23 and 17 steps, so the path repeats only
// after 391 steps, about 19½ hours at three minutes a step).
namespace PixelShift {

constexpr int kAmplitude = 8;
constexpr std::chrono::minutes kPeriod{3};

// The offset for the n-th step; step 0 is no offset. Never beyond
// ±amplitude on either axis; neighbouring steps are at most a few pixels apart.
QPoint offsetAt(quint64 step, int amplitude = kAmplitude);

} // namespace PixelShift
