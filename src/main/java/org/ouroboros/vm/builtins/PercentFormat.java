package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;

/** {@code "..." % args}: %s %r %a %d %i %f %e %g %x %o %c %% with flags, width and precision. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String t, PyObject args) {
        return format(t, args, false);
    }

    /** {@code bytes % args}: the template and %s/%b values are bytes read as Latin-1. */
    static byte[] formatBytes(byte[] template, PyObject args) {
        String t = new String(template, java.nio.charset.StandardCharsets.ISO_8859_1);
        return format(t, args, true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String format(String t, PyObject args, boolean bytes) {
        PyObject[] values = args instanceof PyTuple tu ? tu.items() : new PyObject[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        int next = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            i++;
            if (i >= t.length()) {
                throw PyExc.valueError("incomplete format");
            }
            PyObject value = null;
            if (t.charAt(i) == '(') {
                int close = t.indexOf(')', i);
                value = Ops.getItem(mapping == null ? args : mapping, new PyStr(t.substring(i + 1, close)));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < t.length() && "-+ #0".indexOf(t.charAt(i)) >= 0) {
                flags.append(t.charAt(i++));
            }
            StringBuilder width = new StringBuilder();
            if (i < t.length() && t.charAt(i) == '*') {
                if (next >= values.length) {
                    throw PyExc.typeError("not enough arguments for format string");
                }
                PyObject w = values[next++];
                if (!(w instanceof PyInt)) {
                    throw PyExc.typeError("* wants int");
                }
                long wv = Ops.index(w);
                if (wv < 0) {
                    flags.append('-');
                    wv = -wv;
                }
                width.append(wv);
                i++;
            }
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                width.append(t.charAt(i++));
            }
            String precision = null;
            if (i < t.length() && t.charAt(i) == '.') {
                i++;
                StringBuilder p = new StringBuilder();
                if (i < t.length() && t.charAt(i) == '*') {
                    if (next >= values.length) {
                        throw PyExc.typeError("not enough arguments for format string");
                    }
                    PyObject pv = values[next++];
                    if (!(pv instanceof PyInt)) {
                        throw PyExc.typeError("* wants int");
                    }
                    p.append(Math.max(0, Ops.index(pv)));
                    i++;
                }
                while (i < t.length() && Character.isDigit(t.charAt(i))) {
                    p.append(t.charAt(i++));
                }
                precision = p.toString();
            }
            char conv = t.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= values.length) {
                    throw PyExc.typeError("not enough arguments for format string");
                }
                value = values[next++];
            }
            if (conv == 'b' && !bytes) {
                throw PyExc.valueError("unsupported format character 'b' (0x62) at index " + i);
            }
            String f = flags.toString();
            String align = f.contains("-") ? "<" : "";
            String spec;
            String piece;
            switch (conv) {
                case 's', 'b' -> piece = pad(bytes ? bytesText(value, conv) : Ops.str(value).value(), precision,
                        width.toString(), f);
                case 'r' -> piece = pad(bytes ? StrType.ascii(Ops.repr(value).value()) : Ops.repr(value).value(),
                        precision, width.toString(), f);
                case 'a' -> piece = pad(StrType.ascii(Ops.repr(value).value()), precision, width.toString(), f);
                case 'd', 'i', 'u' -> {
                    if (!(value instanceof PyInt) && !(value instanceof PyFloat)
                            && value.type().lookup("__int__") == null && value.type().lookup("__index__") == null) {
                        throw PyExc.typeError("%" + conv + " format: a real number is required, not "
                                + value.type().name());
                    }
                    PyObject n = value instanceof PyFloat fl ? IntType.fromDouble(fl.value()) : IntType.toInt(value);
                    spec = align + sign(f) + (f.contains("0") && align.isEmpty() ? "0" : "") + width;
                    piece = Formatter.formatInt((PyInt) n, spec + "d").value();
                }
                case 'x', 'X', 'o' -> {
                    spec = align + sign(f) + (f.contains("#") ? "#" : "") + (f.contains("0") && align.isEmpty() ? "0" : "")
                            + width;
                    piece = Formatter.formatInt((PyInt) IntType.toInt(value), spec + conv).value();
                }
                case 'c' -> piece = pad(character(value), null, width.toString(), f);
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    spec = align + sign(f) + (f.contains("0") && align.isEmpty() ? "0" : "") + width + "."
                            + (precision == null ? "6" : precision.isEmpty() ? "0" : precision);
                    piece = Formatter.formatFloat(FloatType.toDouble(value, false), spec + conv).value();
                }
                default -> throw PyExc.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + i);
            }
            out.append(piece);
        }
        if (mapping == null && next < values.length && !(args instanceof PyDict)) {
            throw PyExc.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** {@code %c}: a one-character str, or a code point. */
    private static String character(PyObject value) {
        if (value instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
            return s.value();
        }
        if (!(value instanceof PyInt) && value.type().lookup("__index__") == null) {
            throw PyExc.typeError("%c requires int or char");
        }
        long cp = Ops.index(value);
        if (cp < 0 || cp > 0x10ffff) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) cp));
    }

    private static String bytesText(PyObject value, char conv) {
        if (value instanceof org.ouroboros.vm.object.PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        throw PyExc.typeError("%" + conv + " requires a bytes-like object, or an object that implements __bytes__, not '"
                + value.type().name() + "'");
    }

    private static String sign(String flags) {
        return flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
    }

    private static String pad(String s, String precision, String width, String flags) {
        if (precision != null && !precision.isEmpty() && Integer.parseInt(precision) < CodePoints.length(s)) {
            s = s.substring(0, CodePoints.offset(s, Integer.parseInt(precision)));
        }
        int length = CodePoints.length(s);
        if (width.isEmpty() || length >= Integer.parseInt(width)) {
            return s;
        }
        String padding = " ".repeat(Integer.parseInt(width) - length);
        return flags.contains("-") ? s + padding : padding + s;
    }
}
