package org.ouroboros.aio;

/**
 * The loop's clock ({@code loop.time()}): real monotonic time, or virtual time that jumps to the
 * next timer when the loop would otherwise wait (deterministic runs of timer-only programs).
 */
public sealed interface LoopClock permits LoopClock.Real, LoopClock.Virtual {
    /** Seconds on this clock. */
    double now();

    /** True when waiting for a timer advances the clock instead of sleeping. */
    boolean isVirtual();

    /** Moves a virtual clock forward (a real clock ignores it: real time passes by itself). */
    void advance(double seconds);

    static LoopClock real() {
        return new Real(System.nanoTime());
    }

    static LoopClock virtual() {
        return new Virtual();
    }

    /** Monotonic time since the JVM's arbitrary origin, like {@code time.monotonic()}. */
    final class Real implements LoopClock {
        private final long origin;

        Real(long origin) {
            this.origin = origin;
        }

        @Override
        public double now() {
            return (System.nanoTime() - origin) / 1e9 + 1000.0;
        }

        @Override
        public boolean isVirtual() {
            return false;
        }

        @Override
        public void advance(double seconds) {
            // Real time passes on its own.
        }
    }

    /** A clock that only moves when told to; starts at 0. */
    final class Virtual implements LoopClock {
        private volatile double now;

        @Override
        public double now() {
            return now;
        }

        @Override
        public boolean isVirtual() {
            return true;
        }

        @Override
        public void advance(double seconds) {
            if (seconds > 0) {
                now += seconds;
            }
        }
    }
}
