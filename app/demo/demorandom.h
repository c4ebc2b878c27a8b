#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <cmath>

// The demo data must be byte-identical for a given seed on every machine and Qt version, so it uses
// its own tiny generator (SplitMix64) instead of QRandomGenerator or <random>, whose distributions
// are not specified bit for bit. SplitMix64 also seeds in O(1), which lets every artifact own a
// generator derived from (workspace seed, index) and be regenerated lazily in any order.
class DemoRng
{
public:
    explicit DemoRng(quint64 seed, quint64 stream = 0)
        : m_state(mix(seed ^ mix(stream + 0x9e3779b97f4a7c15ULL)))
    { }

    static quint64 mix(quint64 z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1) with 53 bits, exact on every IEEE platform.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return uniform() < probability; }

    // Uniform in [low, high], both inclusive.
    qint64 range(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const auto span = static_cast<quint64>(high - low) + 1;
        return low + static_cast<qint64>(next() % span);
    }

    int rangeInt(int low, int high) { return static_cast<int>(range(low, high)); }

    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(next() % N)];
    }

    // A random version 4 UUID (RFC 4122 layout), lowercase like Recall's.
    QString uuid()
    {
        const quint64 high = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 low = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        const QString hex
            = QString::number(high, 16).rightJustified(16, u'0') + QString::number(low, 16).rightJustified(16, u'0');
        return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
            + hex.mid(20, 12);
    }

private:
    quint64 m_state = 0;
};
