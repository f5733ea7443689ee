package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.PyExc;

/**
 * {@code complex(str)}: CPython's complex_from_string_inner over a string whose underscores were
 * checked and removed first. Accepted: {@code <float>}, {@code <float>j},
 * {@code <float><signed-float>j}, {@code <float><sign>j}, {@code <sign>j}, {@code j}, with
 * surrounding whitespace and one optional pair of parentheses.
 */
final class ComplexParser {
    private final String s;
    private int pos;

    private ComplexParser(String s) {
        this.s = s;
    }

    /** {real, imag}, or ValueError with CPython's message. */
    static double[] parse(String text) {
        String cleaned = withoutUnderscores(text);
        double[] r = new ComplexParser(cleaned).run();
        if (r == null) {
            throw PyExc.valueError("complex() arg is a malformed string");
        }
        return r;
    }

    /** _Py_string_to_number_with_underscores: an underscore only between two digits. */
    private static String withoutUnderscores(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    throw malformedUnderscores(text);
                }
            } else {
                out.append(ch);
                if (prev == '_' && !(ch >= '0' && ch <= '9')) {
                    throw malformedUnderscores(text);
                }
            }
            prev = ch;
        }
        if (prev == '_') {
            throw malformedUnderscores(text);
        }
        return out.toString();
    }

    private static RuntimeException malformedUnderscores(String text) {
        return PyExc.valueError("could not convert string to complex: " + StrType.repr(text));
    }

    private double[] run() {
        double x = 0.0;
        double y = 0.0;
        skipSpace();
        boolean bracket = false;
        if (at('(')) {
            bracket = true;
            pos++;
            skipSpace();
        }
        Double z = number();
        if (z != null) {
            if (at('+') || at('-')) {
                x = z;
                Double im = number();
                if (im != null) {
                    y = im;
                } else {
                    y = at('+') ? 1.0 : -1.0;
                    pos++;
                }
                if (!atJ()) {
                    return null;
                }
                pos++;
            } else if (atJ()) {
                pos++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (at('+') || at('-')) {
                y = at('+') ? 1.0 : -1.0;
                pos++;
            } else {
                y = 1.0;
            }
            if (!atJ()) {
                return null;
            }
            pos++;
        }
        skipSpace();
        if (bracket) {
            if (!at(')')) {
                return null;
            }
            pos++;
            skipSpace();
        }
        return pos == s.length() ? new double[] {x, y} : null;
    }

    private boolean at(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private boolean atJ() {
        return at('j') || at('J');
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    /** The longest float at pos (PyOS_string_to_double with an end pointer), or null with pos unchanged. */
    private Double number() {
        int start = pos;
        int i = pos;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                pos = i + word.length();
                double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                return negative ? -v : v;
            }
        }
        int digitsStart = i;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            pos = start;
            return null;
        }
        int mantissaEnd = i;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = j;
            while (j < s.length() && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
                j++;
            }
            if (j > expDigits) {
                mantissaEnd = j;
            }
        }
        pos = mantissaEnd;
        double v = Double.parseDouble(s.substring(digitsStart, mantissaEnd));
        return negative ? -v : v;
    }
}
