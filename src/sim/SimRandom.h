#pragma once

#include <QList>
#include <QRandomGenerator>

#include <cmath>

// Random draws built only from QRandomGenerator's own operations, so that a
// seed gives the same workspace on every platform (the distributions and
// std::shuffle of the C++ library differ between implementations).
namespace SimRandom {

// Independent streams from one seed: the population, the events and the
// faults must not disturb each other's sequences.
inline QRandomGenerator generator(quint64 seed, quint32 stream)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32), stream, 0x51u};
    return QRandomGenerator(words, words + 4);
}

inline double uniform(QRandomGenerator& rng, double low, double high)
{
    return low + (high - low) * rng.generateDouble();
}

inline bool chance(QRandomGenerator& rng, double probability)
{
    return rng.generateDouble() < probability;
}

inline double exponential(QRandomGenerator& rng, double mean)
{
    return -mean * std::log(1.0 - rng.generateDouble());
}

template <typename T> void shuffle(QList<T>& list, QRandomGenerator& rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

} // namespace SimRandom
