package org.ouroboros.lang;

/** A readable failure message for long one-line texts: where they first differ. */
public final class TextDiff {

    private TextDiff() {
    }

    public static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "first difference at char " + i + "\nexpected: ..." + expected.substring(from, Math.min(expected.length(), i + 150))
                + "\nactual:   ..." + actual.substring(from, Math.min(actual.length(), i + 150));
    }
}
