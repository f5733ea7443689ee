package org.ouroboros.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How typed answers are read: lines compare with runs of spaces and tabs treated as one space
 * and blank lines at either end ignored (a learner cannot see trailing spaces); an MRO is class
 * names separated by anything that is not part of a name, so {@code F D B}, {@code F, D, B},
 * {@code F -> D -> B} and a pasted {@code (<class '__main__.F'>, ...)} all read the same.
 */
public final class AnswerText {
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[^A-Za-z0-9_.\\p{IsIdeographic}]+");
    private static final Set<String> NOISE = Set.of("class", "__main__");
    /** Answers that mean "Python cannot create this class", in either language. */
    private static final Set<String> ERROR_WORDS = Set.of("error", "typeerror", "错误", "报错", "异常");

    private AnswerText() {}

    /** The lines of {@code text} (a final newline ends the last line, it does not start another). */
    public static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.replace("\r\n", "\n").split("\n", -1));
    }

    /** {@code text}'s lines as compared: spaces collapsed, each line stripped, blank lines at both ends dropped. */
    public static List<String> normalizedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : lines(text.replace("\r\n", "\n"))) {
            lines.add(normalize(line));
        }
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isEmpty()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(lines.subList(start, end));
    }

    public static String normalize(String line) {
        return BLANKS.matcher(line).replaceAll(" ").strip();
    }

    /** The class names of a typed MRO, in order; {@code ["error"]} for an answer that says "error". */
    public static List<String> classNames(String text) {
        String stripped = text.strip();
        if (ERROR_WORDS.contains(stripped.toLowerCase(Locale.ROOT).replaceAll("[.!。！]+$", ""))) {
            return List.of(Solution.MRO_ERROR);
        }
        List<String> names = new ArrayList<>();
        for (String token : NAME_SEPARATORS.split(stripped)) {
            String name = token.startsWith("__main__.") ? token.substring("__main__.".length()) : token;
            if (!name.isEmpty() && !NOISE.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
