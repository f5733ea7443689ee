package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.MroEvent;

/**
 * One merge at one moment, ready to draw: the lists as they stand before the current step, the
 * result after it, which head is the candidate and which list's tail blocks it, and the
 * derivation so far in Simionato's notation. A pure function of a {@link MergeSession}.
 *
 * @param lists     the lists the current step looks at ({@code L[B1]}, …, {@code L[Bn]}, bases)
 * @param result    the linearization after the current step
 * @param candidate the head the step is about (null when none)
 * @param fromList  the list {@code candidate} heads (-1 when none)
 * @param blockingList the list whose tail holds a rejected candidate (-1 when not rejected)
 * @param rejected  heads rejected since the last one taken, in order (they are still heads)
 * @param derivation Simionato's notation, one line per state; the last line is the current one
 */
public record MergeSnapshot(String cls, List<String> bases, Kind kind, int step, List<List<String>> lists,
                            List<String> result, String candidate, int fromList, int blockingList,
                            List<Rejection> rejected, String error, List<String> derivation) {

    /** What the current step did. */
    public enum Kind { STARTED, SINGLE_BASE, TAKEN, REJECTED, FINISHED, FAILED }

    /** {@code candidate}, head of list {@code fromList}, is in the tail of list {@code blockingList}. */
    public record Rejection(String candidate, int fromList, int blockingList) {}

    public MergeSnapshot {
        bases = List.copyOf(bases);
        lists = lists.stream().map(List::copyOf).toList();
        result = List.copyOf(result);
        rejected = List.copyOf(rejected);
        derivation = List.copyOf(derivation);
    }

    public static MergeSnapshot of(MergeSession session) {
        String cls = session.cls();
        MroEvent.MergeStarted started = session.started();
        List<String> bases = started == null ? List.of() : started.bases();
        boolean single = bases.size() == 1;
        List<List<String>> lists = started == null ? List.of() : started.lists();
        List<List<String>> before = lists;
        List<String> result = List.of(cls);
        List<Rejection> rejected = new ArrayList<>();
        List<String> derivation = new ArrayList<>();
        Kind kind = single ? Kind.SINGLE_BASE : Kind.STARTED;
        String candidate = null;
        String error = null;
        int fromList = -1;
        int blocking = -1;
        int step = 0;
        if (started != null) {
            derivation.add(symbolic(cls, bases));
            derivation.add(single ? "= " + cls + " + " + list(lists.get(0)) : "= " + state(List.of(cls), lists));
        }
        for (MroEvent event : session.events()) {
            if (event instanceof MroEvent.MergeStarted || event instanceof MroEvent.ClassicOrder) {
                continue;
            }
            step++;
            candidate = null;
            fromList = -1;
            blocking = -1;
            before = lists;
            if (event instanceof MroEvent.CandidateRejected r) {
                kind = Kind.REJECTED;
                candidate = r.candidate();
                fromList = r.fromList();
                blocking = r.blockingList();
                lists = r.remaining();
                before = lists;
                rejected.add(new Rejection(r.candidate(), r.fromList(), r.blockingList()));
            } else if (event instanceof MroEvent.CandidateTaken t) {
                kind = Kind.TAKEN;
                candidate = t.candidate();
                fromList = t.fromList();
                result = t.resultSoFar();
                lists = t.remaining();
                rejected.clear();
                derivation.add("= " + state(result, lists));
            } else if (event instanceof MroEvent.MergeFinished f) {
                kind = Kind.FINISHED;
                result = f.mro();
                lists = lists.stream().map(l -> List.<String>of()).toList();
                before = lists;
                if (single) {
                    derivation.add("= " + list(result));
                } else {
                    // The last take already emptied every list: its line becomes the plain result.
                    derivation.set(derivation.size() - 1, "= " + list(result));
                }
            } else if (event instanceof MroEvent.MergeFailed f) {
                kind = Kind.FAILED;
                error = f.message();
                before = lists;
            }
        }
        return new MergeSnapshot(cls, bases, kind, step, before, result, candidate, fromList, blocking, rejected,
                error, derivation);
    }

    /** The list's name in the notation: {@code L[C]} for a base's MRO, the bases list written out. */
    public String listName(int index) {
        return index < bases.size() ? "L[" + bases.get(index) + "]" : list(bases);
    }

    /** True for the last list, the bases in the order the class statement wrote them. */
    public boolean isBasesList(int index) {
        return index == bases.size();
    }

    /** Classes rejected in the current round, i.e. heads that some tail still holds. */
    public List<String> rejectedClasses() {
        return rejected.stream().map(Rejection::candidate).distinct().toList();
    }

    private static String symbolic(String cls, List<String> bases) {
        if (bases.size() == 1) {
            return "L[" + cls + "] = " + cls + " + L[" + bases.get(0) + "]";
        }
        List<String> parts = new ArrayList<>();
        for (String b : bases) {
            parts.add("L[" + b + "]");
        }
        parts.add(list(bases));
        return "L[" + cls + "] = " + cls + " + merge(" + String.join(", ", parts) + ")";
    }

    private static String state(List<String> result, List<List<String>> lists) {
        List<String> parts = new ArrayList<>();
        for (List<String> l : lists) {
            parts.add(list(l));
        }
        String head = result.size() == 1 ? result.get(0) : list(result);
        return head + " + merge(" + String.join(", ", parts) + ")";
    }

    static String list(List<String> l) {
        return "[" + String.join(", ", l) + "]";
    }
}
