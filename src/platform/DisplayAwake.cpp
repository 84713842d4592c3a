#include "DisplayAwake.h"

DisplayAwake::DisplayAwake(QObject* parent)
    : QObject(parent)
{}

DisplayAwake::~DisplayAwake() = default;

void DisplayAwake::setKeepAwake(bool on)
{
    if (on == m_wanted)
        return;
    m_wanted = on;
    apply(on);
}
