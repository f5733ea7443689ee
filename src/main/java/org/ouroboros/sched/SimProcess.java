package org.ouroboros.sched;

/** A simulated process: its own GIL (processes never share one). */
final class SimProcess {
    final int id;
    final Gil gil = new Gil();

    SimProcess(int id) {
        this.id = id;
    }
}
