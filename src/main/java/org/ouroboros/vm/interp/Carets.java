package org.ouroboros.vm.interp;

/**
 * Where CPython 3.11 puts {@code ~} and {@code ^} under a failing binary operation or subscript
 * (traceback.py's {@code _extract_caret_anchors_from_line_segment}). Works on the source text:
 * a top-level binary operator or a trailing {@code [...]} splits the segment.
 */
final class Carets {
    private Carets() {}

    /** Offsets relative to the segment start: primary {@code ~} up to leftEnd, {@code ^} up to rightStart. */
    record Anchors(int leftEnd, int rightStart) {}

    private static final String[] OPERATORS = {"**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "|", "&", "^"};

    static Anchors anchors(String line, int start, int end) {
        if (start < 0 || end > line.length() || start >= end) {
            return null;
        }
        String seg = line.substring(start, end);
        Anchors sub = subscript(seg);
        Anchors bin = binary(seg);
        return bin != null ? bin : sub;
    }

    /** {@code value[slice]}: tildes under value, carets under the brackets (string literals skipped). */
    private static Anchors subscript(String seg) {
        if (!seg.endsWith("]")) {
            return null;
        }
        int depth = 0;
        int lastOpen = -1;
        char lastOpenChar = 0;
        char quote = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    lastOpen = i;
                    lastOpenChar = c;
                }
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        if (depth != 0 || lastOpenChar != '[' || lastOpen <= 0 || !isTopLevelPrefix(seg, lastOpen)) {
            return null;
        }
        return new Anchors(lastOpen, seg.length());
    }

    private static boolean isTopLevelPrefix(String seg, int bracket) {
        int depth = 0;
        for (int i = 0; i < bracket; i++) {
            char c = seg.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == ' ' || "+-*/%@|&^<>=".indexOf(c) >= 0)) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The last top-level binary operator (left-associative parse), as CPython anchors it. */
    private static Anchors binary(String seg) {
        int depth = 0;
        int found = -1;
        int foundLen = 0;
        char quote = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && i > 0) {
                for (String op : OPERATORS) {
                    if (seg.startsWith(op, i) && isBinaryPosition(seg, i, op)) {
                        if (found < 0 || precedence(op) <= precedence(seg.substring(found, found + foundLen))) {
                            found = i;
                            foundLen = op.length();
                        }
                        i += op.length() - 1;
                        break;
                    }
                }
            }
        }
        if (found < 0) {
            return null;
        }
        return new Anchors(found, found + foundLen);
    }

    private static boolean isBinaryPosition(String seg, int i, String op) {
        int j = i - 1;
        while (j >= 0 && seg.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char prev = seg.charAt(j);
        if ("+-*/%@|&^<>=(,[{!~".indexOf(prev) >= 0) {
            return false;
        }
        if ((op.equals("*") || op.equals("/") || op.equals("<") || op.equals(">")) && i + 1 < seg.length()
                && seg.charAt(i + 1) == op.charAt(0)) {
            return false;
        }
        if (i + op.length() < seg.length() && seg.charAt(i + op.length()) == '=') {
            return false;
        }
        return true;
    }

    private static int precedence(String op) {
        return switch (op) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "**" -> 7;
            default -> 6;
        };
    }
}
