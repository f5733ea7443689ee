package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/**
 * The picker's entries for a trace's walks: lines in source order, each followed by its
 * expressions in the order they first ran. Repeats of one expression (a loop) are one entry
 * with a count, so a long run gives a short list. A line shows its code without its comment.
 */
public final class WalkChoices {
    private WalkChoices() {}

    /** {@code source} may be empty (entries then show line numbers without the line's text). */
    public static List<WalkChoice> of(List<Walk> walks, String source) {
        String[] lines = source.isEmpty() ? new String[0] : withoutComments(source).split("\n", -1);
        TreeMap<Integer, List<Walk>> byLine = new TreeMap<>();
        for (Walk w : walks) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<WalkChoice> choices = new ArrayList<>();
        byLine.forEach((line, onLine) -> {
            String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
            choices.add(new WalkChoice(WalkChoice.Kind.LINE, line, text, onLine.get(0), onLine.size()));
            List<Walk> firsts = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (Walk w : onLine) {
                int at = indexOfSame(firsts, w);
                if (at < 0) {
                    firsts.add(w);
                    counts.add(1);
                } else {
                    counts.set(at, counts.get(at) + 1);
                }
            }
            for (int i = 0; i < firsts.size(); i++) {
                choices.add(new WalkChoice(WalkChoice.Kind.EXPRESSION, line, text, firsts.get(i), counts.get(i)));
            }
        });
        return List.copyOf(choices);
    }

    /** The source with its comments blanked (by the VM's own tokenizer): the picker shows code, not notes on it. */
    static String withoutComments(String source) {
        StringBuilder text = new StringBuilder(source);
        for (Token token : Tokenizer.forHighlighting(source)) {
            if (token.kind() == TokenKind.COMMENT) {
                for (int i = token.start(); i < token.end() && i < text.length(); i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }

    private static int indexOfSame(List<Walk> firsts, Walk w) {
        for (int i = 0; i < firsts.size(); i++) {
            if (WalkChoice.sameExpression(firsts.get(i), w)) {
                return i;
            }
        }
        return -1;
    }

    /** The entry to show for {@code walk}: {@code kept} when it covers the walk, else the walk's expression. */
    public static WalkChoice forWalk(List<WalkChoice> choices, Walk walk, WalkChoice kept) {
        if (walk == null) {
            return null;
        }
        if (kept != null && kept.covers(walk) && choices.stream().anyMatch(c -> c == kept)) {
            return kept;
        }
        for (WalkChoice c : choices) {
            if (c.kind() == WalkChoice.Kind.EXPRESSION && c.covers(walk)) {
                return c;
            }
        }
        return null;
    }

    /** The line's entry, or null when no walk ran on {@code line}. */
    public static WalkChoice line(List<WalkChoice> choices, int line) {
        for (WalkChoice c : choices) {
            if (c.kind() == WalkChoice.Kind.LINE && c.line() == line) {
                return c;
            }
        }
        return null;
    }
}
