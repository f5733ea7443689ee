package org.ouroboros.vm.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.vm.interp.ThreadState;

/**
 * C3 linearization exactly as CPython 3.11's {@code mro_implementation}/{@code pmerge}
 * (Objects/typeobject.c): a single base takes the fast path {@code [cls] + base.__mro__};
 * otherwise duplicates are rejected and {@code [L[B1], …, L[Bn], [B1, …, Bn]]} are merged,
 * each step reported to an optional listener as a {@link MroEvent}.
 */
public final class Mro {
    private Mro() {}

    /** Computes {@code cls.__mro__}, reporting steps to the running thread's trace when it is on. */
    public static PyType[] compute(PyType cls) {
        ThreadState ts = ThreadState.currentOrNull();
        return compute(cls, ts != null && ts.coarse() ? ts::emit : null);
    }

    /** Computes {@code cls.__mro__}; {@code steps} (may be null) receives every merge step. */
    public static PyType[] compute(PyType cls, Consumer<? super MroEvent> steps) {
        PyType[] bases = cls.bases();
        if (bases.length == 1) {
            PyType[] baseMro = bases[0].mro();
            PyType[] result = new PyType[baseMro.length + 1];
            result[0] = cls;
            System.arraycopy(baseMro, 0, result, 1, baseMro.length);
            if (steps != null) {
                steps.accept(new MroEvent.MergeStarted(cls.name(), names(bases), List.of(names(baseMro), names(bases))));
                steps.accept(classicOrder(cls));
                steps.accept(new MroEvent.MergeFinished(cls.name(), names(result)));
            }
            return result;
        }
        checkDuplicates(cls, bases, steps);
        PyType[][] toMerge = new PyType[bases.length + 1][];
        for (int i = 0; i < bases.length; i++) {
            toMerge[i] = bases[i].mro();
        }
        toMerge[bases.length] = bases;
        StepNames stepNames = null;
        if (steps != null) {
            stepNames = new StepNames(cls, toMerge);
            steps.accept(new MroEvent.MergeStarted(cls.name(), names(bases), stepNames.remaining(new int[toMerge.length])));
            steps.accept(classicOrder(cls));
        }
        List<PyType> acc = new ArrayList<>();
        acc.add(cls);
        merge(cls, acc, toMerge, steps, stepNames);
        PyType[] result = acc.toArray(new PyType[0]);
        if (steps != null) {
            steps.accept(new MroEvent.MergeFinished(cls.name(), names(result)));
        }
        return result;
    }

    /**
     * The names the merge steps report, made once per merge: each step's lists are views of
     * these (immutable: a list's names and the result's prefix never change once written), so a
     * step costs the number of lists, not the number of names in them.
     */
    private static final class StepNames {
        private final List<List<String>> lists = new ArrayList<>();
        private final String[] result;
        private final List<String> resultView;
        private int resultSize;

        StepNames(PyType cls, PyType[][] toMerge) {
            int most = 1;
            for (PyType[] list : toMerge) {
                lists.add(names(list));
                most += list.length;
            }
            result = new String[most];
            resultView = java.util.Collections.unmodifiableList(java.util.Arrays.asList(result));
            result[resultSize++] = cls.name();
        }

        void taken(PyType t) {
            result[resultSize++] = t.name();
        }

        List<String> resultSoFar() {
            return resultView.subList(0, resultSize);
        }

        @SuppressWarnings("unchecked")
        List<List<String>> remaining(int[] remain) {
            List<String>[] out = new List[lists.size()];
            for (int i = 0; i < out.length; i++) {
                List<String> l = lists.get(i);
                out[i] = l.subList(Math.min(remain[i], l.size()), l.size());
            }
            return List.of(out);
        }
    }

    /** Depth-first, left to right, first visit wins (for the view's contrast with C3; not used for lookup). */
    private static MroEvent.ClassicOrder classicOrder(PyType cls) {
        List<PyType> order = new ArrayList<>();
        visitDepthFirst(cls, order, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        List<List<String>> bases = new ArrayList<>(order.size());
        for (PyType t : order) {
            bases.add(names(t.bases()));
        }
        return new MroEvent.ClassicOrder(cls.name(), names(order.toArray(new PyType[0])), List.copyOf(bases));
    }

    private static void visitDepthFirst(PyType t, List<PyType> order, Set<PyType> seen) {
        if (!seen.add(t)) {
            return;
        }
        order.add(t);
        for (PyType base : t.bases()) {
            visitDepthFirst(base, order, seen);
        }
    }

    private static void checkDuplicates(PyType cls, PyType[] bases, Consumer<? super MroEvent> steps) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    fail(cls, steps, "duplicate base class " + bases[i].name());
                }
            }
        }
    }

    /** CPython's pmerge: repeatedly take the first head that is in no list's tail. */
    private static void merge(PyType cls, List<PyType> acc, PyType[][] toMerge, Consumer<? super MroEvent> steps,
            StepNames stepNames) {
        int[] remain = new int[toMerge.length];
        again:
        while (true) {
            int empty = 0;
            for (int i = 0; i < toMerge.length; i++) {
                PyType[] list = toMerge[i];
                if (remain[i] >= list.length) {
                    empty++;
                    continue;
                }
                PyType candidate = list[remain[i]];
                int blocker = tailHolding(toMerge, remain, candidate);
                if (blocker >= 0) {
                    if (steps != null) {
                        steps.accept(new MroEvent.CandidateRejected(cls.name(), candidate.name(), i, blocker,
                                stepNames.remaining(remain)));
                    }
                    continue;
                }
                acc.add(candidate);
                for (int j = 0; j < toMerge.length; j++) {
                    if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] == candidate) {
                        remain[j]++;
                    }
                }
                if (steps != null) {
                    stepNames.taken(candidate);
                    steps.accept(new MroEvent.CandidateTaken(cls.name(), candidate.name(), i,
                            stepNames.resultSoFar(), stepNames.remaining(remain)));
                }
                continue again;
            }
            if (empty != toMerge.length) {
                fail(cls, steps, inconsistentMessage(toMerge, remain));
            }
            return;
        }
    }

    private static int tailHolding(PyType[][] toMerge, int[] remain, PyType candidate) {
        for (int j = 0; j < toMerge.length; j++) {
            PyType[] list = toMerge[j];
            for (int k = remain[j] + 1; k < list.length; k++) {
                if (list[k] == candidate) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** CPython's set_mro_error: the distinct remaining heads, in list order. */
    private static String inconsistentMessage(PyType[][] toMerge, int[] remain) {
        Set<PyType> heads = new LinkedHashSet<>();
        for (int i = 0; i < toMerge.length; i++) {
            if (remain[i] < toMerge[i].length) {
                heads.add(toMerge[i][remain[i]]);
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        int n = heads.size();
        for (PyType h : heads) {
            sb.append(' ').append(h.name());
            if (--n > 0) {
                sb.append(',');
            }
        }
        return sb.toString();
    }

    private static void fail(PyType cls, Consumer<? super MroEvent> steps, String message) {
        if (steps != null) {
            steps.accept(new MroEvent.MergeFailed(cls.name(), message));
        }
        throw PyExc.typeError(message);
    }

    private static List<String> names(PyType[] types) {
        List<String> out = new ArrayList<>(types.length);
        for (PyType t : types) {
            out.add(t.name());
        }
        return List.copyOf(out);
    }
}
