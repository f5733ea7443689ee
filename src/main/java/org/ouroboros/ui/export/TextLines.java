package org.ouroboros.ui.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines of at most a width: between words in Latin text, between any two
 * characters in Chinese (never before closing punctuation such as {@code ，。）}). Text in
 * backticks becomes code runs, printed in the code face; the backticks themselves are dropped.
 */
final class TextLines {
    /** A piece of a line in one face. */
    record Run(String text, boolean code) {}

    /** How wide {@code text} is in the given face. */
    @FunctionalInterface
    interface Measure {
        float width(String text, boolean code);
    }

    private static final String NO_LINE_START = "，。、；：！？）」』”’》,.;:!?)]}%";

    private TextLines() {}

    static List<List<Run>> wrap(String paragraph, float maxWidth, Measure measure) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run token : tokens(paragraph)) {
            boolean space = token.text().isBlank();
            if (space && line.isEmpty()) {
                continue;
            }
            float w = measure.width(token.text(), token.code());
            if (used + w > maxWidth && !line.isEmpty() && !space) {
                lines.add(trimEnd(line));
                line = new ArrayList<>();
                used = 0;
            }
            if (space && used + w > maxWidth) {
                continue;
            }
            line.add(token);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(trimEnd(line));
        }
        return merge(lines);
    }

    /** Words, single spaces and single CJK characters (with any closing punctuation after them), each in its face. */
    static List<Run> tokens(String paragraph) {
        List<Run> tokens = new ArrayList<>();
        boolean code = false;
        StringBuilder word = new StringBuilder();
        int[] cps = paragraph.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '`') {
                flush(tokens, word, code);
                code = !code;
                continue;
            }
            if (Character.isWhitespace(cp)) {
                flush(tokens, word, code);
                tokens.add(new Run(" ", code));
            } else if (isWide(cp) && !(NO_LINE_START.indexOf(cp) >= 0)) {
                flush(tokens, word, code);
                word.appendCodePoint(cp);
            } else if (NO_LINE_START.indexOf(cp) >= 0) {
                word.appendCodePoint(cp);
                flush(tokens, word, code);
            } else {
                if (word.length() > 0 && isWide(word.codePointBefore(word.length()))) {
                    flush(tokens, word, code);
                }
                word.appendCodePoint(cp);
            }
        }
        flush(tokens, word, code);
        return tokens;
    }

    private static void flush(List<Run> tokens, StringBuilder word, boolean code) {
        if (word.length() > 0) {
            tokens.add(new Run(word.toString(), code));
            word.setLength(0);
        }
    }

    /** CJK ideographs, kana, hangul and full-width forms: a line may break around each. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static List<Run> trimEnd(List<Run> line) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).text().isBlank()) {
            end--;
        }
        return new ArrayList<>(line.subList(0, end));
    }

    /** Adjacent runs in the same face become one: fewer text operations in the PDF. */
    private static List<List<Run>> merge(List<List<Run>> lines) {
        List<List<Run>> merged = new ArrayList<>();
        for (List<Run> line : lines) {
            List<Run> out = new ArrayList<>();
            for (Run run : line) {
                if (!out.isEmpty() && out.get(out.size() - 1).code() == run.code()) {
                    Run last = out.remove(out.size() - 1);
                    out.add(new Run(last.text() + run.text(), run.code()));
                } else {
                    out.add(run);
                }
            }
            merged.add(out);
        }
        return merged;
    }

    /** A code line cut into pieces no wider than {@code maxWidth} (code keeps its spaces). */
    static List<String> cut(String codeLine, float maxWidth, Measure measure) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int cp : codeLine.codePoints().toArray()) {
            String next = piece + Character.toString(cp);
            if (piece.length() > 0 && measure.width(next, true) > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
                piece.append("  ");
            }
            piece.appendCodePoint(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
