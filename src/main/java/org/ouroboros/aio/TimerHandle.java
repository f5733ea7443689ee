package org.ouroboros.aio;

/** A handle due at a loop time ({@code call_later}/{@code call_at}); ties keep scheduling order. */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    private final double when;

    TimerHandle(long id, double when, Runnable action, java.util.function.Supplier<String> description) {
        super(id, action, description, Kind.TIMER);
        this.when = when;
    }

    public double when() {
        return when;
    }

    @Override
    public int compareTo(TimerHandle o) {
        int c = Double.compare(when, o.when);
        return c != 0 ? c : Long.compare(id(), o.id());
    }

    @Override
    public String toString() {
        return "<TimerHandle " + (cancelled() ? "cancelled " : "") + "when=" + when + " " + description() + ">";
    }
}
