package org.ouroboros.ui.view.gil;

import java.util.List;
import org.ouroboros.trace.SchedEvent;

/**
 * The whole run laid out on virtual time, built once per trace by {@link TimelineBuilder}: lanes
 * per thread and per core, the GIL band, marks, and the virtual time of every trace event. The
 * chart shows it as seen at a position: what starts later is hidden, what is still open ends at
 * the cursor. Times are virtual nanoseconds.
 *
 * @param threadSegments segments of thread lanes ({@link Segment#lane()} is the thread id)
 * @param coreSegments   segments of core lanes: RUNNING with the running thread's name as detail
 * @param gils           one GIL per process (none in free-threaded mode)
 * @param gilSegments    who holds a GIL ({@link Segment#lane()} is the process, the detail the holder's name)
 * @param eventTimes     virtual time at each trace event (the latest time known at that event)
 */
public record Timeline(List<LaneInfo> threads, List<LaneInfo> cores, List<LaneInfo> gils, List<Segment> threadSegments,
        List<Segment> coreSegments, List<Segment> gilSegments, List<TimelineMark> marks, long[] eventTimes,
        SchedEvent.RunConfigured config) {

    public static final Timeline EMPTY = new Timeline(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), new long[0], null);

    /** Virtual time at trace position {@code position} ({@code -1}: 0). */
    public long timeAt(int position) {
        if (position < 0 || eventTimes.length == 0) {
            return 0;
        }
        return eventTimes[Math.min(position, eventTimes.length - 1)];
    }

    /** Virtual time at the end of the run. */
    public long endTime() {
        return eventTimes.length == 0 ? 0 : eventTimes[eventTimes.length - 1];
    }

    public boolean isEmpty() {
        return threads.isEmpty();
    }

    public String threadName(int id) {
        for (LaneInfo lane : threads) {
            if (lane.id() == id) {
                return lane.name();
            }
        }
        return "#" + id;
    }

    /** The first trace position whose virtual time is at least {@code time} (for clicking on the axis). */
    public int positionAtTime(long time) {
        int lo = 0;
        int hi = eventTimes.length - 1;
        if (hi < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventTimes[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
