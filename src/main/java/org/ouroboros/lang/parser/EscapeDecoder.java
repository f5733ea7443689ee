package org.ouroboros.lang.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the body of a string or bytes literal as CPython does ({@code unicode_escape} rules
 * for str, {@code escape_decode} for bytes). Throws {@link BadEscape} with CPython's message
 * for a malformed escape; unknown escapes such as {@code \d} stay as written (a warning in 3.11).
 */
final class EscapeDecoder {

    /** A malformed escape; the message is CPython's full SyntaxError text. */
    static final class BadEscape extends Exception {
        BadEscape(String message) {
            super(message, null, false, false);
        }
    }

    private EscapeDecoder() {
    }

    static String decodeStr(String body) throws BadEscape {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw unicodeError(body, start, n, "\\ at end of string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n':
                    break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'a': out.append('\u0007'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'v': out.append('\u000b'); break;
                case 'x':
                case 'u':
                case 'U': {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int value = 0;
                    int k = 0;
                    while (k < digits && i < n && Character.digit(body.charAt(i), 16) >= 0 && body.charAt(i) < 128) {
                        value = value * 16 + Character.digit(body.charAt(i), 16);
                        i++;
                        k++;
                    }
                    if (k < digits) {
                        String form = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw unicodeError(body, start, i, "truncated " + form + " escape");
                    }
                    if (value > 0x10FFFF) {
                        throw unicodeError(body, start, i, "illegal Unicode character");
                    }
                    out.appendCodePoint(value);
                    break;
                }
                case 'N': {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(body, start, Math.min(n, i + 1), "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp;
                    try {
                        cp = name.isEmpty() ? -1 : Character.codePointOf(name);
                    } catch (IllegalArgumentException unknown) {
                        cp = -1;
                    }
                    if (cp < 0) {
                        throw unicodeError(body, start, close + 1, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        int k = 1;
                        while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            value = value * 8 + (body.charAt(i) - '0');
                            i++;
                            k++;
                        }
                        out.append((char) value);
                    } else {
                        out.append('\\').append(e);
                    }
            }
        }
        return out.toString();
    }

    private static BadEscape unicodeError(String body, int start, int end, String reason) {
        int byteStart = utf8Length(body, 0, start);
        int byteEnd = byteStart + utf8Length(body, start, end);
        String where = byteEnd - byteStart <= 1 ? "position " + byteStart
                : "bytes in position " + byteStart + "-" + (byteEnd - 1);
        String what = byteEnd - byteStart <= 1 ? "byte 0x5c in " : "";
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode " + what + where + ": " + reason);
    }

    private static int utf8Length(String s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** Bytes literal body; the caller has checked it is ASCII. */
    static byte[] decodeBytes(String body, boolean raw) throws BadEscape {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw new BadEscape("(value error) Trailing \\ in string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case 'x': {
                    int d1 = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new BadEscape("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int value = e - '0';
                        int k = 1;
                        while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            value = value * 8 + (body.charAt(i) - '0');
                            i++;
                            k++;
                        }
                        out.write(value & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
            }
        }
        return out.toByteArray();
    }
}
