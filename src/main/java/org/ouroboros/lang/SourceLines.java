package org.ouroboros.lang;

import java.util.Arrays;

/**
 * The physical lines of a source text, for error messages: line {@code n} (1-based) with its
 * newline. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as in Python.
 */
public final class SourceLines {

    private final String source;
    private int[] starts = new int[64];
    private int count;

    public SourceLines(String source) {
        this.source = source;
        starts[count++] = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            if (i + 1 < source.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
    }

    /** Number of lines; a final newline does not start another line. */
    public int count() {
        return source.isEmpty() ? 0 : count;
    }

    /** Line {@code n} (1-based) including its line break (normalised to {@code \n}), or null. */
    public String line(int n) {
        if (n < 1 || n > count) {
            return null;
        }
        int start = starts[n - 1];
        int end = n < count ? starts[n] : source.length();
        String text = source.substring(start, end);
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2) + "\n";
        }
        if (text.endsWith("\r")) {
            return text.substring(0, text.length() - 1) + "\n";
        }
        return text;
    }

    /** Line {@code n} without its line break, or "" when there is no such line. */
    public String lineWithoutBreak(int n) {
        String text = line(n);
        if (text == null) {
            return "";
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
