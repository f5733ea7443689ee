package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;

/**
 * CPython 3.11's "Did you mean" (Python/suggestions.c): when a traceback ends in an AttributeError
 * or NameError that knows its name, the closest candidate by a weighted Levenshtein distance is
 * offered. Candidates: {@code dir(obj)} for an AttributeError; the raising frame's locals, then
 * its globals, then its builtins for a NameError.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {}

    /** {@code ". Did you mean: 'x'?"} for the traceback's last line, or the empty string. */
    public static String trailer(PyBaseException exc) {
        String s;
        try {
            s = suggestion(exc);
        } catch (PyException e) {
            s = null; // CPython clears any error raised while looking for a suggestion
        }
        return s == null ? "" : ". Did you mean: '" + s + "'?";
    }

    private static String suggestion(PyBaseException exc) {
        if (!(exc.name() instanceof PyStr name) || name.type() != org.ouroboros.vm.object.Types.STR) {
            return null;
        }
        if (exc.type().isSubtype(PyExc.ATTRIBUTE_ERROR)) {
            if (exc.obj() == null) {
                return null;
            }
            PyObject listing = Calls.callSpecial(exc.obj(), "__dir__");
            List<PyObject> dir = Sorting.sorted(IteratorTypes.list(listing).items(), NONE, false);
            return closest(strings(dir), name.value());
        }
        if (exc.type().isSubtype(PyExc.NAME_ERROR) && exc.nameScope() != null) {
            PyBaseException.NameScope scope = exc.nameScope();
            String s = closest(List.of(scope.varnames()), name.value());
            if (s == null) {
                s = closest(keys(scope.globals()), name.value());
            }
            if (s == null) {
                s = closest(keys(scope.builtins()), name.value());
            }
            return s;
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        return strings(new ArrayList<>(d.map().keySet()));
    }

    private static List<String> strings(List<PyObject> items) {
        List<String> out = new ArrayList<>(items.size());
        for (PyObject o : items) {
            out.add(o instanceof PyStr s ? s.value() : null);
        }
        return out;
    }

    /** calculate_suggestions: the first candidate with the smallest distance within a third of the characters. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item == null || item.equals(name)) {
                continue;
            }
            byte[] c = item.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (n.length + c.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(n, c, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** levenshtein_distance on UTF-8 bytes, common prefix and suffix trimmed, giving up past maxCost. */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a0.length;
        int bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = java.util.Arrays.copyOfRange(a0, aStart, aEnd);
        byte[] b = java.util.Arrays.copyOfRange(b0, bStart, bEnd);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length];
        for (int i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) {
            buffer[i] = tmp;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.length; bIndex++) {
            byte code = b[bIndex];
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length; index++) {
                int substitute = distance + substitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
