package org.ouroboros.vm.object;

/** {@code range(start, stop, step)} over Java longs. */
public final class PyRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;

    public PyRange(long start, long stop, long step) {
        super(Types.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        }
        if (step < 0 && start > stop) {
            return (start - stop - 1) / (-step) + 1;
        }
        return 0;
    }

    public long at(long i) {
        return start + i * step;
    }
}
