package org.ouroboros.sched;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.trace.SchedEvent.WaitEdge;

/** The wait-for graph when every live thread is blocked, its cycle, and the text the user sees. */
record DeadlockReport(long vtimeNs, List<WaitEdge> edges, List<Integer> cycle, String text) {

    static DeadlockReport of(Scheduler s, long atPs) {
        List<WaitEdge> edges = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "deadlock: every thread is blocked and none can wake another (virtual time %.3f ms)%n",
                atPs / 1e9));
        for (SimThread t : s.threads) {
            if (t.state == ThreadStateKind.DONE || t.state == ThreadStateKind.NEW) {
                continue;
            }
            Blocker b = t.blocker;
            if (b == null) {
                continue;
            }
            SimThread h = b.holder();
            edges.add(new WaitEdge(t.id, t.name, b.primitiveId(), b.describeWait(), h == null ? -1 : h.id,
                    h == null ? "" : h.name));
            sb.append("  ").append(t.name).append(" waits in ").append(b.describeWait());
            if (b.kind() == SchedEvent.PrimitiveKind.THREAD) {
                sb.append(" (still running or blocked)");
            } else if (h == null) {
                sb.append(", which no running thread can signal");
            } else if (h == t) {
                sb.append(", held by ").append(h.name).append(" itself");
            } else {
                sb.append(", held by ").append(h.name);
            }
            sb.append(System.lineSeparator());
        }
        List<Integer> cycle = findCycle(s);
        if (!cycle.isEmpty()) {
            sb.append("  cycle: ");
            for (int i = 0; i < cycle.size(); i++) {
                sb.append(i > 0 ? " -> " : "").append(s.threads.get(cycle.get(i)).name);
            }
            sb.append(System.lineSeparator());
        }
        String text = sb.toString().stripTrailing();
        return new DeadlockReport(atPs / 1000, List.copyOf(edges), List.copyOf(cycle), text);
    }

    /** Follows waiter → holder edges from each thread; the first loop found, closed (first id repeated). */
    private static List<Integer> findCycle(Scheduler s) {
        for (SimThread start : s.threads) {
            LinkedHashSet<Integer> path = new LinkedHashSet<>();
            SimThread t = start;
            while (t != null && t.state != ThreadStateKind.DONE && t.blocker != null && path.add(t.id)) {
                t = t.blocker.holder();
            }
            if (t != null && path.contains(t.id)) {
                List<Integer> cycle = new ArrayList<>();
                boolean in = false;
                for (int id : path) {
                    in |= id == t.id;
                    if (in) {
                        cycle.add(id);
                    }
                }
                cycle.add(t.id);
                return cycle;
            }
        }
        return List.of();
    }

    SchedEvent.DeadlockDetected event() {
        return new SchedEvent.DeadlockDetected(vtimeNs, edges, cycle, text);
    }
}
