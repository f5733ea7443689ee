package org.ouroboros.ui.view.gil;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers under the chart, as of one trace position: wall time so far, CPU time per thread
 * and in total, switches, time spent waiting for the GIL. {@code cpuTotal / wall} near 1 means
 * the threads took turns; near the core count, they ran in parallel.
 */
public record TimelineSummary(long wall, Map<Integer, Long> cpuByThread, long cpuTotal, long gilWait, int switches,
        int dropRequests) {

    public static TimelineSummary at(Timeline timeline, int position) {
        long now = timeline.timeAt(position);
        Map<Integer, Long> cpu = new LinkedHashMap<>();
        timeline.threads().forEach(t -> cpu.put(t.id(), 0L));
        long total = 0;
        long wait = 0;
        for (Segment s : timeline.threadSegments()) {
            if (!s.visibleAt(position)) {
                continue;
            }
            long d = s.durationAt(position, now);
            if (s.state().onCpu()) {
                cpu.merge(s.lane(), d, Long::sum);
                total += d;
            } else if (s.state() == LaneState.WAITING_GIL) {
                wait += d;
            }
        }
        int switches = 0;
        int drops = 0;
        for (TimelineMark m : timeline.marks()) {
            if (m.event() > position) {
                continue;
            }
            if (m.kind() == TimelineMark.Kind.SWITCH) {
                switches++;
            } else if (m.kind() == TimelineMark.Kind.DROP_REQUEST) {
                drops++;
            }
        }
        return new TimelineSummary(now, cpu, total, wait, switches, drops);
    }

    /** CPU time over wall time: about 1 when the GIL serialises the threads. */
    public double parallelism() {
        return wall == 0 ? 0 : (double) cpuTotal / wall;
    }
}
