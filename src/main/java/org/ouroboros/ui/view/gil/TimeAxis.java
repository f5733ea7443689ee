package org.ouroboros.ui.view.gil;

import java.util.ArrayList;
import java.util.List;

/**
 * The visible window of virtual time and its mapping to pixels: zoom about a point, pan, fit,
 * and round tick marks (1, 2, 5 × 10^k ns). Immutable; every change returns a new axis.
 */
public record TimeAxis(long from, long to, double width) {
    /** Never zoom in further than this many nanoseconds across the whole width. */
    public static final long MIN_SPAN = 100;

    public TimeAxis {
        if (to - from < MIN_SPAN) {
            to = from + MIN_SPAN;
        }
        width = Math.max(1, width);
    }

    /** The whole run, with a little room after the end. */
    public static TimeAxis fit(long end, double width) {
        return new TimeAxis(0, Math.max(MIN_SPAN, end + end / 50), width);
    }

    public long span() {
        return to - from;
    }

    public double x(long time) {
        return (time - from) * width / span();
    }

    public long time(double x) {
        return from + Math.round(x * span() / width);
    }

    public TimeAxis withWidth(double newWidth) {
        return new TimeAxis(from, to, newWidth);
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the time under {@code anchorX} in place. */
    public TimeAxis zoom(double factor, double anchorX) {
        long anchor = time(anchorX);
        long newSpan = Math.max(MIN_SPAN, Math.round(span() / factor));
        long newFrom = anchor - Math.round(anchorX / width * newSpan);
        return new TimeAxis(newFrom, newFrom + newSpan, width);
    }

    /** Moves the window by {@code dx} pixels (positive: later times come into view). */
    public TimeAxis pan(double dx) {
        long dt = Math.round(dx * span() / width);
        return new TimeAxis(from + dt, to + dt, width);
    }

    /** Pans just enough for {@code time} to be on screen. */
    public TimeAxis reveal(long time) {
        if (time >= from && time <= to) {
            return this;
        }
        long half = span() / 2;
        return new TimeAxis(time - half, time - half + span(), width);
    }

    /** Round tick times about {@code minGap} pixels apart or more. */
    public List<Long> ticks(double minGap) {
        long step = tickStep(minGap);
        List<Long> ticks = new ArrayList<>();
        long first = Math.floorDiv(from, step) * step;
        for (long t = first; t <= to; t += step) {
            if (t >= from) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    public long tickStep(double minGap) {
        double raw = minGap * span() / width;
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= raw) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /** "0", "250 µs", "12 ms", "1.5 s": a tick label for virtual nanoseconds. */
    public static String label(long nanos) {
        long abs = Math.abs(nanos);
        if (abs == 0) {
            return "0";
        }
        if (abs < 1_000) {
            return nanos + " ns";
        }
        if (abs < 1_000_000) {
            return trim(nanos / 1_000.0) + " \u00b5s";
        }
        if (abs < 1_000_000_000) {
            return trim(nanos / 1_000_000.0) + " ms";
        }
        return trim(nanos / 1_000_000_000.0) + " s";
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
