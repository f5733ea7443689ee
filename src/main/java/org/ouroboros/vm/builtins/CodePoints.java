package org.ouroboros.vm.builtins;

/**
 * Python indexes a str by code point, Java by UTF-16 unit: characters beyond U+FFFF (emoji, 𝄞)
 * take two units. These convert between the two, at no cost for strings without such characters.
 */
public final class CodePoints {
    private CodePoints() {}

    /** True when every code point is one UTF-16 unit, so both indexings agree. */
    static boolean simple(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int length(String v) {
        return v.codePointCount(0, v.length());
    }

    /** The UTF-16 offset of code point {@code index} (0..length). */
    static int offset(String v, int index) {
        return simple(v) ? index : v.offsetByCodePoints(0, index);
    }

    /** The code point index of UTF-16 offset {@code offset}. */
    static int index(String v, int offset) {
        return offset < 0 || simple(v) ? offset : v.codePointCount(0, offset);
    }

    /** Python's str ordering: by code point (Java's compareTo orders by UTF-16 unit). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
