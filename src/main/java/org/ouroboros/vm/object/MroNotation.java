package org.ouroboros.vm.object;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * Renders recorded C3 steps in Michele Simionato's notation:
 * {@code L[E] = E + merge(L[C], L[D], [C, D])}, then one line per merge state down to the result.
 */
public final class MroNotation {
    private MroNotation() {}

    /** The explanation for the last linearization of {@code cls} among {@code events}, or null if none. */
    public static String explain(List<TraceEvent> events, String cls) {
        int start = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof MroEvent.MergeStarted s && s.cls().equals(cls)) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        List<MroEvent> steps = new ArrayList<>();
        for (int i = start; i < events.size(); i++) {
            if (events.get(i) instanceof MroEvent e) {
                if (i > start && e instanceof MroEvent.MergeStarted) {
                    break;
                }
                steps.add(e);
                if (e instanceof MroEvent.MergeFinished || e instanceof MroEvent.MergeFailed) {
                    break;
                }
            }
        }
        return render(cls, steps);
    }

    static String render(String cls, List<MroEvent> steps) {
        MroEvent.MergeStarted s = (MroEvent.MergeStarted) steps.get(0);
        StringBuilder sb = new StringBuilder();
        String indent = " ".repeat(("L[" + cls + "]").length()) + " = ";
        List<String> symbolic = new ArrayList<>();
        for (String b : s.bases()) {
            symbolic.add("L[" + b + "]");
        }
        if (s.bases().size() == 1) {
            sb.append("L[").append(cls).append("] = ").append(cls).append(" + L[").append(s.bases().get(0)).append("]\n");
            for (MroEvent e : steps) {
                if (e instanceof MroEvent.MergeFinished f) {
                    sb.append(indent).append(list(f.mro())).append('\n');
                }
            }
            return sb.toString();
        }
        symbolic.add(list(s.bases()));
        sb.append("L[").append(cls).append("] = ").append(cls).append(" + merge(").append(String.join(", ", symbolic))
                .append(")\n");
        sb.append(indent).append(cls).append(" + merge(").append(lists(s.lists())).append(")\n");
        for (MroEvent e : steps) {
            if (e instanceof MroEvent.CandidateRejected r) {
                sb.append(steps(indent)).append(r.candidate()).append(" rejected: it is in the tail of ")
                        .append(list(r.remaining().get(r.blockingList()))).append('\n');
            } else if (e instanceof MroEvent.CandidateTaken t) {
                sb.append(steps(indent)).append(t.candidate()).append(" taken: head of ")
                        .append(t.fromList() == s.lists().size() - 1 ? "the bases list" : "L[" + s.bases().get(t.fromList()) + "]")
                        .append(", in no tail\n");
                boolean allEmpty = t.remaining().stream().allMatch(List::isEmpty);
                if (!allEmpty) {
                    sb.append(indent).append(list(t.resultSoFar())).append(" + merge(").append(lists(t.remaining()))
                            .append(")\n");
                }
            } else if (e instanceof MroEvent.MergeFinished f) {
                sb.append(indent).append(list(f.mro())).append('\n');
            } else if (e instanceof MroEvent.MergeFailed f) {
                sb.append(steps(indent)).append("every head is in some tail: the merge fails\n");
                sb.append("TypeError: ").append(f.message()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Step notes are indented under the merge, without the "=". */
    private static String steps(String indent) {
        return " ".repeat(indent.length() + 2);
    }

    private static String lists(List<List<String>> ls) {
        List<String> parts = new ArrayList<>();
        for (List<String> l : ls) {
            parts.add(list(l));
        }
        return String.join(", ", parts);
    }

    private static String list(List<String> l) {
        return "[" + String.join(", ", l) + "]";
    }
}
