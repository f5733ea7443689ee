package org.ouroboros.vm.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs a course program uses (utf-8, ascii,
 * latin-1) with the error handlers strict, ignore, replace (and backslashreplace when encoding),
 * raising CPython's UnicodeEncodeError/UnicodeDecodeError with its exact text.
 */
final class Codecs {
    private Codecs() {}

    private enum Codec {
        UTF_8("utf-8", 0x10FFFF), ASCII("ascii", 0x7F), LATIN_1("latin-1", 0xFF);

        final String pythonName;
        final int maxCodePoint;

        Codec(String pythonName, int maxCodePoint) {
            this.pythonName = pythonName;
            this.maxCodePoint = maxCodePoint;
        }
    }

    /** CPython's normalisation of an encoding name: case, '-' and ' ' folded to '_'. */
    private static Codec codec(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf" -> Codec.UTF_8;
            case "ascii", "us_ascii", "646" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "iso_8859_1", "iso8859_1", "8859", "l1" -> Codec.LATIN_1;
            default -> throw PyExc.raise(PyExc.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    /** Parameter {@code i} of {@code fname} as a str ({@code dflt} when not given). */
    static String textArg(Args a, int i, String fname, String dflt) {
        if (!a.has(i)) {
            return dflt;
        }
        if (!(a.get(i) instanceof PyStr s)) {
            throw PyExc.typeError(fname + "() argument '" + a.name(i) + "' must be str, not " + a.get(i).type().name());
        }
        return s.value();
    }

    static PyBytes encode(String text, String encoding, String errors) {
        Codec c = codec(encoding);
        if (c == Codec.UTF_8 && text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
            return new PyBytes(text.getBytes(StandardCharsets.UTF_8));
        }
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
            if (cp <= c.maxCodePoint && !surrogate) {
                byte[] b = c == Codec.UTF_8 ? new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)
                        : new byte[] {(byte) cp};
                out.writeBytes(b);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (cps[end] > c.maxCodePoint || cps[end] >= 0xD800 && cps[end] <= 0xDFFF)) {
                end++;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.writeBytes("?".repeat(end - i).getBytes(StandardCharsets.US_ASCII));
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(escape(cps[k]).getBytes(StandardCharsets.US_ASCII));
                    }
                }
                case "strict" -> throw encodeError(c, text, i, end,
                        surrogate ? "surrogates not allowed" : "ordinal not in range(" + (c.maxCodePoint + 1) + ")");
                default -> throw PyExc.raise(PyExc.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i = end - 1;
        }
        return new PyBytes(out.toByteArray());
    }

    static PyStr decode(byte[] data, String encoding, String errors) {
        Codec c = codec(encoding);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (c == Codec.LATIN_1 || b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int end;
            String reason;
            if (c == Codec.ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int[] seq = utf8Sequence(data, i);
                if (seq[1] == 0) {
                    out.appendCodePoint(seq[0]);
                    i = seq[2];
                    continue;
                }
                end = seq[2];
                reason = seq[1] == 1 ? "invalid start byte" : seq[1] == 2 ? "invalid continuation byte"
                        : "unexpected end of data";
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.append(String.format("\\x%02x", data[k] & 0xFF));
                    }
                }
                case "strict" -> throw decodeError(c, data, i, end, reason);
                default -> throw PyExc.raise(PyExc.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return new PyStr(out.toString());
    }

    /**
     * One UTF-8 sequence from {@code start}: {codePoint, 0, next} when valid, else {0, why, end}
     * with why 1 = invalid start byte, 2 = invalid continuation byte, 3 = unexpected end of data,
     * and end the exclusive end of the bytes CPython reports.
     */
    private static int[] utf8Sequence(byte[] d, int start) {
        int b = d[start] & 0xFF;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return new int[] {0, 1, start + 1};
        }
        int cp = b & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
            if (start + k >= d.length) {
                return new int[] {0, 3, d.length};
            }
            int c = d[start + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (c < min || c > max) {
                return new int[] {0, 2, start + k};
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        return new int[] {cp, 0, start + need + 1};
    }

    private static String escape(int cp) {
        return cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static PyException encodeError(Codec c, String text, int start, int end, String reason) {
        // positions are in code points, as Python's str indexes
        return new PyException(PyExc.instance(PyExc.UNICODE_ENCODE_ERROR, new PyStr(c.pythonName), new PyStr(text),
                PyInt.of(start), PyInt.of(end), new PyStr(reason)));
    }

    private static PyException decodeError(Codec c, byte[] data, int start, int end, String reason) {
        return new PyException(PyExc.instance(PyExc.UNICODE_DECODE_ERROR, new PyStr(c.pythonName), new PyBytes(data),
                PyInt.of(start), PyInt.of(end), new PyStr(reason)));
    }

    /** UnicodeEncodeError/UnicodeDecodeError's str() from its five arguments, as CPython words it. */
    static String message(PyObject exc, String encoding, PyObject object, long start, long end, String reason) {
        if (exc.type().isSubtype(PyExc.UNICODE_DECODE_ERROR) && object instanceof PyBytes b) {
            if (end == start + 1 && start >= 0 && start < b.value().length) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                        b.value()[(int) start] & 0xFF, start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1, reason);
        }
        if (object instanceof PyStr s && end == start + 1 && start >= 0 && start < s.value().codePointCount(0, s.value().length())) {
            int cp = s.value().codePointAt(s.value().offsetByCodePoints(0, (int) start));
            return String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, escape(cp),
                    start, reason);
        }
        return String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1, reason);
    }
}
