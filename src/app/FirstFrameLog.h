#pragma once

class QWidget;

// Says on floorwatch.app (debug) when the first frame with data has been
// painted and flushed: the end point of the start-up benchmark
// (tests/bench/startup.py). Call when the first data is shown; costs one
// event filter until that frame.
void logFirstPresentedFrame(QWidget* window);
