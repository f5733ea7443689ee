package org.ouroboros.vm.corpus;

import java.util.List;

/** Names the first line where two outputs part ways, so a failing program reads at a glance. */
public final class FirstDifference {
    private static final String TRACEBACK = "Traceback (most recent call last):";

    private FirstDifference() {
    }

    /**
     * Empty when equal, else e.g. {@code line 3: expected "x = 1" but was "x = True"}; when the
     * output turns into a traceback its last line (the exception) is named too.
     */
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
                String where = "line " + (i + 1) + ": expected " + quote(w) + " but was " + quote(g);
                return TRACEBACK.equals(g) ? where + " ending in " + quote(got.get(got.size() - 1)) : where;
            }
        }
        return "outputs differ only in line endings or a final newline";
    }

    private static String quote(String line) {
        return line == null ? "<end of output>" : "\"" + line + "\"";
    }
}
