package org.ouroboros.ui.view.gil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/**
 * Reads a trace's {@link SchedEvent}s into a {@link Timeline}, once per trace: thread states
 * become lane segments, GIL takes and drops the GIL band, the running thread of each core its
 * core lane, drop requests and check-point switches marks. Other events only advance the
 * event-to-time table (they happen at the latest scheduler time).
 */
public final class TimelineFold {
    private TimelineFold() {}

    public static Timeline of(Trace trace) {
        TimelineBuilder b = new TimelineBuilder();
        Map<Integer, Integer> coreOf = new HashMap<>();
        // Threads running on each core, latest last: with more runners than cores (free-threaded
        // mode) a core is shared, and when its shown runner leaves, the one before shows again.
        Map<Integer, List<Integer>> runnersOf = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            if (!(e instanceof SchedEvent s)) {
                b.at(i, 0);
                continue;
            }
            b.at(i, s.vtime());
            if (s instanceof SchedEvent.RunConfigured c) {
                b.configured(c);
                for (int core = 0; core < c.cores(); core++) {
                    b.core(core);
                }
            } else if (s instanceof SchedEvent.ThreadCreated c) {
                b.thread(c.thread(), c.name());
            } else if (s instanceof SchedEvent.ThreadStateChanged c) {
                b.thread(c.thread(), c.name());
                b.threadState(i, c.thread(), laneState(c.state()), c.blockedOn());
                Integer previous = coreOf.remove(c.thread());
                if (previous != null) {
                    List<Integer> runners = runnersOf.get(previous);
                    boolean wasShown = runners.get(runners.size() - 1) == c.thread();
                    runners.remove(Integer.valueOf(c.thread()));
                    if (wasShown) {
                        b.coreRuns(i, previous, runners.isEmpty() ? null : b.threadName(runners.get(runners.size() - 1)));
                    }
                }
                if (c.state() == SchedEvent.ThreadStateKind.RUNNING && c.core() >= 0) {
                    coreOf.put(c.thread(), c.core());
                    runnersOf.computeIfAbsent(c.core(), k -> new ArrayList<>()).add(c.thread());
                    b.coreRuns(i, c.core(), c.name());
                }
            } else if (s instanceof SchedEvent.GilTaken g) {
                b.gilHeldBy(i, g.process(), b.threadName(g.thread()));
            } else if (s instanceof SchedEvent.GilDropped g) {
                b.gilHeldBy(i, g.process(), null);
            } else if (s instanceof SchedEvent.GilDropRequested r) {
                b.mark(i, TimelineMark.Kind.DROP_REQUEST, r.requester(), b.threadName(r.holder()));
            } else if (s instanceof SchedEvent.SwitchAtCheckPoint w) {
                b.mark(i, TimelineMark.Kind.SWITCH, w.from(),
                        b.threadName(w.to()) + " @ " + w.opname() + " (" + w.function() + ":" + w.line() + ")");
            }
        }
        return b.build();
    }

    static LaneState laneState(SchedEvent.ThreadStateKind kind) {
        return switch (kind) {
            case NEW -> null;
            case RUNNING -> LaneState.RUNNING;
            case WAITING_FOR_GIL -> LaneState.WAITING_GIL;
            case WAITING_FOR_CORE -> LaneState.READY;
            case BLOCKED -> LaneState.BLOCKED;
            case SLEEPING -> LaneState.SLEEPING;
            case IN_IO -> LaneState.IO;
            case DONE -> LaneState.DONE;
        };
    }
}
