package org.ouroboros.lang.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** CPython's {@code repr()} text for the constant types, as {@code ast.dump} prints them. */
public final class PythonRepr {

    private PythonRepr() {
    }

    /** {@code repr(float)}: shortest round-tripping digits, CPython's fixed/scientific switch. */
    public static String ofFloat(double d) {
        return shortRepr(d, true);
    }

    /** {@code repr(complex(0, imag))} as written by an imaginary literal, e.g. {@code 2j}. */
    public static String ofImag(double imag) {
        return shortRepr(imag, false) + "j";
    }

    private static String shortRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String zero = (1 / d < 0) ? "-0" : "0";
            return addDotZero ? zero + ".0" : zero;
        }
        BigDecimal exact = shortestRoundTrip(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        // value = 0.digits * 10^decpt
        int decpt = digits.length() - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            return sign + fixed(digits, decpt, addDotZero);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exp = decpt - 1;
        String expText = String.format("%02d", Math.abs(exp));
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + expText;
    }

    /**
     * The shortest decimal that reads back as {@code d}, closest to it among those (as CPython's
     * repr; Java 17's Double.toString is not always shortest).
     */
    private static BigDecimal shortestRoundTrip(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String fixed(String digits, int decpt, boolean addDotZero) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            String whole = digits + "0".repeat(decpt - digits.length());
            return addDotZero ? whole + ".0" : whole;
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** {@code repr(str)}: single quotes unless the text has a single quote and no double quote. */
    public static String ofStr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return out.append(quote).toString();
    }

    /** {@code repr(bytes)}: {@code b'...'} with non-ASCII and control bytes as {@code \xNN}. */
    public static String ofBytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte raw : bytes) {
            int b = raw & 0xff;
            if (b == quote || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b == '\t') {
                out.append("\\t");
            } else if (b < 0x20 || b >= 0x7f) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point, from the Unicode general category. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
