package org.ouroboros.vm.corpus;

import java.util.List;

/** Names the first line where two outputs part ways, so a failing program reads at a glance. */
public final class FirstDifference {
    private FirstDifference() {
    }

    /** Empty when equal, else e.g. {@code line 3: expected "x = 1" but was "x = True"}. */
    public static String describe(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                return "line " + (i + 1) + ": expected " + quote(w) + " but was " + quote(g);
            }
        }
        return "outputs differ only in line endings or a final newline";
    }

    private static String quote(String line) {
        return line == null ? "<end of output>" : "\"" + line + "\"";
    }
}
