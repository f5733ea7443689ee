package org.ouroboros.ui.view.gil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.SchedEvent;

/**
 * Collects what the scheduler reported, event by event, into a {@link Timeline}: each call
 * names the trace position it comes from, after {@link #at} gave that event's time. A lane's new state closes the lane's open segment;
 * a call with the same state and detail continues it.
 */
public final class TimelineBuilder {
    private final Map<Integer, LaneInfo> threads = new LinkedHashMap<>();
    private final Map<Integer, LaneInfo> cores = new LinkedHashMap<>();
    private final Map<Integer, LaneInfo> gils = new LinkedHashMap<>();
    private final Lanes threadLanes = new Lanes();
    private final Lanes coreLanes = new Lanes();
    private final Lanes gilLanes = new Lanes();
    private final List<TimelineMark> marks = new ArrayList<>();
    private long[] times = new long[1024];
    private int events;
    private long now;
    /** The time of the event being added: segments start and end at their events' own times. */
    private long current;
    private SchedEvent.RunConfigured config;

    /** Records that trace event {@code event} happened at virtual time {@code time} (never earlier than before). */
    public TimelineBuilder at(int event, long time) {
        current = time;
        now = Math.max(now, time);
        while (events <= event) {
            if (events == times.length) {
                times = Arrays.copyOf(times, times.length * 2);
            }
            times[events++] = now;
        }
        return this;
    }

    public TimelineBuilder configured(SchedEvent.RunConfigured value) {
        config = value;
        return this;
    }

    public TimelineBuilder thread(int id, String name) {
        threads.put(id, new LaneInfo(id, LaneInfo.Kind.THREAD, name));
        return this;
    }

    public TimelineBuilder core(int id) {
        cores.putIfAbsent(id, new LaneInfo(id, LaneInfo.Kind.CORE, "CPU " + id));
        return this;
    }

    /** Thread {@code thread} is in {@code state} from event {@code event} on ({@code null}: no segment); call {@link #at} first. */
    public TimelineBuilder threadState(int event, int thread, LaneState state, String detail) {
        threads.putIfAbsent(thread, new LaneInfo(thread, LaneInfo.Kind.THREAD, "Thread-" + thread));
        threadLanes.change(thread, state, detail, event, current);
        return this;
    }

    /** Core {@code core} runs {@code threadName} from this event on ({@code null}: idle). */
    public TimelineBuilder coreRuns(int event, int core, String threadName) {
        core(core);
        coreLanes.change(core, threadName == null ? null : LaneState.RUNNING, threadName, event, current);
        return this;
    }

    /** The GIL of {@code process} now belongs to {@code holderName} ({@code null}: nobody holds it). */
    public TimelineBuilder gilHeldBy(int event, int process, String holderName) {
        gils.putIfAbsent(process, new LaneInfo(process, LaneInfo.Kind.GIL, "GIL " + process));
        gilLanes.change(process, holderName == null ? null : LaneState.RUNNING, holderName, event, current);
        return this;
    }

    public TimelineBuilder mark(int event, TimelineMark.Kind kind, int lane, String detail) {
        marks.add(new TimelineMark(kind, current, lane, event, detail));
        return this;
    }

    public String threadName(int id) {
        LaneInfo lane = threads.get(id);
        return lane == null ? "Thread-" + id : lane.name();
    }

    public Timeline build() {
        return new Timeline(List.copyOf(threads.values()), List.copyOf(cores.values()), List.copyOf(gils.values()),
                threadLanes.finish(now), coreLanes.finish(now), gilLanes.finish(now), List.copyOf(marks),
                Arrays.copyOf(times, events), config);
    }

    /** Segments of one kind of lane, with each lane's open one. */
    private static final class Lanes {
        private final List<Segment> segments = new ArrayList<>();
        private final Map<Integer, Integer> open = new HashMap<>();

        void change(int lane, LaneState state, String detail, int event, long now) {
            String d = detail == null ? "" : detail;
            Integer index = open.get(lane);
            if (index != null) {
                Segment s = segments.get(index);
                if (s.state() == state && s.detail().equals(d)) {
                    return;
                }
                segments.set(index, new Segment(lane, s.state(), s.start(), Math.max(s.start(), now), s.fromEvent(), event,
                        s.detail()));
                open.remove(lane);
            }
            if (state != null && state != LaneState.DONE) {
                segments.add(new Segment(lane, state, now, now, event, -1, d));
                open.put(lane, segments.size() - 1);
            }
        }

        /** Open segments end with the run but stay open ({@code toEvent} -1) so the cursor bounds them. */
        List<Segment> finish(long end) {
            List<Segment> out = new ArrayList<>(segments);
            for (int index : open.values()) {
                Segment s = out.get(index);
                out.set(index, new Segment(s.lane(), s.state(), s.start(), end, s.fromEvent(), -1, s.detail()));
            }
            return List.copyOf(out);
        }
    }
}
