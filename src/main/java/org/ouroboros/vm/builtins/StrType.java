package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code str}: repr with CPython's quoting, the common methods, {@code format} and {@code %}. */
public final class StrType {
    private StrType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.STR);
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("str", args, kw, 0, "object", "encoding", "errors");
            PyStr v;
            if (!a.has(0)) {
                v = PyStr.EMPTY;
            } else if (a.has(1) || a.has(2)) {
                String encoding = Codecs.textArg(a, 1, "str", "utf-8");
                String errors = Codecs.textArg(a, 2, "str", "strict");
                PyObject o = a.get(0);
                byte[] data = o instanceof PyBytes b ? b.value()
                        : o instanceof org.ouroboros.vm.object.PyByteArray ba ? ba.value() : null;
                if (data == null) {
                    throw PyExc.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
                }
                v = Codecs.decode(data, encoding, errors);
            } else {
                v = Ops.str(a.get(0));
            }
            return cls == Types.STR ? v : new PyStr((PyType) cls, v.value());
        });
        t.method0("__repr__", self -> new PyStr(repr(s(self))));
        t.method0("__str__", self -> self.type() == Types.STR ? self : new PyStr(s(self)));
        t.method0("__hash__", self -> PyInt.of(s(self).hashCode()));
        t.method0("__len__", self -> PyInt.of(s(self).codePointCount(0, s(self).length())));
        t.method1("__getitem__", (self, k) -> getItem(s(self), k));
        t.method1("__contains__", (self, o) -> {
            if (!(o instanceof PyStr x)) {
                throw PyExc.typeError("'in <string>' requires string as left operand, not " + o.type().name());
            }
            return PyBool.of(s(self).contains(x.value()));
        });
        t.method0("__iter__", self -> {
            String v = s(self);
            int[] i = {0};
            return new PyIter(Types.STR_ITERATOR, () -> {
                if (i[0] >= v.length()) {
                    return null;
                }
                int cp = v.codePointAt(i[0]);
                i[0] += Character.charCount(cp);
                return new PyStr(new String(Character.toChars(cp)));
            });
        });
        t.method1("__add__", (self, o) -> {
            if (!(o instanceof PyStr x)) {
                throw PyExc.typeError("can only concatenate str (not \"" + o.type().name() + "\") to str");
            }
            return new PyStr(s(self) + x.value());
        });
        t.method1("__mul__", (self, o) -> Ops.isIndex(o) ? new PyStr(repeat(s(self), Ops.index(o))) : NOT_IMPLEMENTED);
        t.method1("__rmul__", (self, o) -> Ops.isIndex(o) ? new PyStr(repeat(s(self), Ops.index(o))) : NOT_IMPLEMENTED);
        t.staticMethod("maketrans", StrType::maketrans);
        t.method1("translate", (self, table) -> {
            StringBuilder out = new StringBuilder();
            s(self).codePoints().forEach(cp -> {
                PyObject r;
                try {
                    r = Ops.getItem(table, PyInt.of(cp));
                } catch (org.ouroboros.vm.object.PyException e) {
                    if (!e.matches(PyExc.LOOKUP_ERROR)) {
                        throw e;
                    }
                    out.appendCodePoint(cp);
                    return;
                }
                if (r instanceof PyStr rs) {
                    out.append(rs.value());
                } else if (r instanceof PyInt ri) {
                    out.appendCodePoint((int) ri.longValue());
                } else if (r != NONE) {
                    throw PyExc.typeError("character mapping must return integer, None or str");
                }
            });
            return new PyStr(out.toString());
        });
        t.method1("__mod__", (self, o) -> new PyStr(PercentFormat.format(s(self), o)));
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> o instanceof PyStr x
                    ? PyBool.of(Ops.cmpResult(CodePoints.compare(s(self), x.value()), op)) : NOT_IMPLEMENTED);
        }
        t.method1("__format__", (self, spec) -> Formatter.formatStr(s(self), ObjectType.str(spec)));
        t.method0("upper", self -> new PyStr(s(self).toUpperCase(java.util.Locale.ROOT)));
        t.method0("lower", self -> new PyStr(s(self).toLowerCase(java.util.Locale.ROOT)));
        t.method0("casefold", self -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> sb.append(upper(c).toLowerCase(java.util.Locale.ROOT)));
            return new PyStr(sb.toString());
        });
        t.method0("swapcase", self -> {
            String v = s(self);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length(); i += Character.charCount(v.codePointAt(i))) {
                int c = v.codePointAt(i);
                sb.append(Character.isUpperCase(c) ? lowerAt(v, i) : Character.isLowerCase(c) ? upper(c)
                        : new String(Character.toChars(c)));
            }
            return new PyStr(sb.toString());
        });
        t.method0("capitalize", self -> {
            String v = s(self);
            if (v.isEmpty()) {
                return new PyStr(v);
            }
            StringBuilder sb = new StringBuilder(titleOf(v.codePointAt(0)));
            for (int i = Character.charCount(v.codePointAt(0)); i < v.length(); i += Character.charCount(v.codePointAt(i))) {
                sb.append(lowerAt(v, i));
            }
            return new PyStr(sb.toString());
        });
        t.method0("title", self -> new PyStr(title(s(self))));
        t.method("strip", (self, args, kw) -> new PyStr(strip(s(self), args, true, true)));
        t.method("lstrip", (self, args, kw) -> new PyStr(strip(s(self), args, true, false)));
        t.method("rstrip", (self, args, kw) -> new PyStr(strip(s(self), args, false, true)));
        t.method("split", (self, args, kw) -> split(s(self), args, kw, false));
        t.method("rsplit", (self, args, kw) -> split(s(self), args, kw, true));
        t.method("splitlines", (self, args, kw) -> {
            List<PyObject> out = new ArrayList<>();
            boolean keep = args.length > 0 && Ops.truthy(args[0]);
            String v = s(self);
            int start = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (isLineBreak(c)) {
                    int end = i;
                    if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(new PyStr(v.substring(start, keep ? i + 1 : end)));
                    start = i + 1;
                }
            }
            if (start < v.length()) {
                out.add(new PyStr(v.substring(start)));
            }
            return new PyList(out);
        });
        t.method1("join", (self, it) -> {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (PyObject o : Ops.iterable(it)) {
                if (!(o instanceof PyStr x)) {
                    throw PyExc.typeError("sequence item " + i + ": expected str instance, " + o.type().name() + " found");
                }
                if (i++ > 0) {
                    sb.append(s(self));
                }
                sb.append(x.value());
            }
            return new PyStr(sb.toString());
        });
        t.method("replace", (self, args, kw) -> {
            String v = s(self);
            String old = s(args[0]);
            String neu = s(args[1]);
            long count = args.length > 2 ? Ops.index(args[2]) : -1;
            if (count < 0) {
                return new PyStr(v.replace(old, neu));
            }
            StringBuilder sb = new StringBuilder();
            int from = 0;
            for (long n = 0; n < count; n++) {
                int at = v.indexOf(old, from);
                if (at < 0) {
                    break;
                }
                sb.append(v, from, at).append(neu);
                from = at + old.length();
                if (old.isEmpty()) {
                    if (from < v.length()) {
                        sb.append(v.charAt(from));
                    }
                    from++;
                }
            }
            if (from <= v.length()) {
                sb.append(v.substring(Math.min(from, v.length())));
            }
            return new PyStr(sb.toString());
        });
        t.method("startswith", (self, args, kw) -> PyBool.of(affix(s(self), args, true)));
        t.method("endswith", (self, args, kw) -> PyBool.of(affix(s(self), args, false)));
        t.method("find", (self, args, kw) -> PyInt.of(find(s(self), args, false)));
        t.method("rfind", (self, args, kw) -> PyInt.of(find(s(self), args, true)));
        t.method("index", (self, args, kw) -> {
            int i = find(s(self), args, false);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("rindex", (self, args, kw) -> {
            int i = find(s(self), args, true);
            if (i < 0) {
                throw PyExc.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("count", (self, args, kw) -> {
            if (args.length < 1 || args.length > 3) {
                throw PyExc.typeError(args.length < 1 ? "count() takes at least 1 argument (0 given)"
                        : "count() takes at most 3 arguments (" + args.length + " given)");
            }
            String whole = s(self);
            int length = CodePoints.length(whole);
            int start = args.length > 1 && args[1] != NONE ? (int) clampIndex(Ops.index(args[1]), length) : 0;
            int end = args.length > 2 && args[2] != NONE ? (int) clampIndex(Ops.index(args[2]), length) : length;
            if (start > end) {
                return PyInt.of(0);
            }
            String v = whole.substring(CodePoints.offset(whole, start), CodePoints.offset(whole, end));
            String x = s(args[0]);
            if (x.isEmpty()) {
                return PyInt.of(end - start + 1);
            }
            int n = 0;
            for (int i = v.indexOf(x); i >= 0; i = v.indexOf(x, i + x.length())) {
                n++;
            }
            return PyInt.of(n);
        });
        t.method("format", (self, args, kw) -> new PyStr(BraceFormat.format(s(self), args, kw)));
        t.method1("format_map", (self, m) -> new PyStr(BraceFormat.formatMap(s(self), m)));
        t.method0("isdecimal", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isDigit)));
        // digits also count superscripts and circled digits (numeric value 0-9), numerics also fractions and numerals
        t.method0("isdigit", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(cp -> Character.isDigit(cp)
                || Character.getType(cp) == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0
                && Character.getNumericValue(cp) <= 9)));
        t.method0("isnumeric", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(StrType::numeric)));
        t.method0("istitle", self -> PyBool.of(isTitle(s(self))));
        t.method0("isascii", self -> PyBool.of(s(self).chars().allMatch(c -> c < 128)));
        t.method0("isprintable", self -> PyBool.of(s(self).codePoints().allMatch(StrType::printable)));
        t.method0("isalpha", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(Character::isLetter)));
        t.method0("isalnum", self -> PyBool.of(!s(self).isEmpty() && s(self).codePoints().allMatch(cp -> Character.isLetter(cp) || numeric(cp))));
        t.method0("isspace", self -> PyBool.of(!s(self).isEmpty() && s(self).chars().allMatch(StrType::isSpace)));
        t.method0("isidentifier", self -> PyBool.of(isIdentifier(s(self))));
        // all cased characters upper (lower) and one at least, as CPython's unicode isupper/islower
        t.method0("isupper", self -> PyBool.of(s(self).codePoints().anyMatch(Character::isUpperCase)
                && s(self).codePoints().noneMatch(cp -> Character.isLowerCase(cp) || Character.isTitleCase(cp))));
        t.method0("islower", self -> PyBool.of(s(self).codePoints().anyMatch(Character::isLowerCase)
                && s(self).codePoints().noneMatch(cp -> Character.isUpperCase(cp) || Character.isTitleCase(cp))));
        t.method("center", (self, args, kw) -> new PyStr(justify(s(self), args, '^')));
        t.method("ljust", (self, args, kw) -> new PyStr(justify(s(self), args, '<')));
        t.method("rjust", (self, args, kw) -> new PyStr(justify(s(self), args, '>')));
        t.method1("zfill", (self, w) -> {
            String v = s(self);
            int width = (int) Ops.index(w);
            int length = CodePoints.length(v);
            if (length >= width) {
                return new PyStr(v);
            }
            String sign = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? v.substring(0, 1) : "";
            return new PyStr(sign + "0".repeat(width - length) + v.substring(sign.length()));
        });
        t.method1("partition", (self, sep) -> {
            String v = s(self);
            int i = v.indexOf(s(sep));
            return i < 0 ? new PyTuple(new PyStr(v), PyStr.EMPTY, PyStr.EMPTY)
                    : new PyTuple(new PyStr(v.substring(0, i)), sep, new PyStr(v.substring(i + s(sep).length())));
        });
        t.method1("rpartition", (self, sep) -> {
            String v = s(self);
            int i = v.lastIndexOf(s(sep));
            return i < 0 ? new PyTuple(PyStr.EMPTY, PyStr.EMPTY, new PyStr(v))
                    : new PyTuple(new PyStr(v.substring(0, i)), sep, new PyStr(v.substring(i + s(sep).length())));
        });
        t.method("encode", (self, args, kw) -> {
            Args a = Args.parse("encode", args, kw, 0, "encoding", "errors");
            return Codecs.encode(s(self), Codecs.textArg(a, 0, "encode", "utf-8"), Codecs.textArg(a, 1, "encode", "strict"));
        });
        t.method1("removeprefix", (self, p) -> new PyStr(s(self).startsWith(s(p)) ? s(self).substring(s(p).length()) : s(self)));
        t.method1("removesuffix", (self, p) -> new PyStr(s(self).endsWith(s(p)) && !s(p).isEmpty()
                ? s(self).substring(0, s(self).length() - s(p).length()) : s(self)));
        t.method("expandtabs", (self, args, kw) -> {
            int size = args.length > 0 ? (int) Ops.index(args[0]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int c : s(self).codePoints().toArray()) {
                if (c == '\t') {
                    int n = size > 0 ? size - col % size : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.appendCodePoint(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return new PyStr(sb.toString());
        });
    }

    /** The largest str/list the VM builds (CPython would try and exhaust memory; we say so at once). */
    static final long MAX_LENGTH = 200_000_000L;

    static String repeat(String v, long n) {
        if (n <= 0 || v.isEmpty()) {
            return "";
        }
        if (n > MAX_LENGTH / v.length()) {
            throw PyExc.raise(PyExc.MEMORY_ERROR, "");
        }
        return v.repeat((int) n);
    }

    static String s(PyObject o) {
        if (!(o instanceof PyStr x)) {
            throw PyExc.typeError("must be str, not " + o.type().name());
        }
        return x.value();
    }

    private static PyObject getItem(String v, PyObject k) {
        if (k instanceof PySlice sl) {
            int[] cps = v.codePoints().toArray();
            long[] idx = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
                sb.appendCodePoint(cps[(int) p]);
            }
            return new PyStr(sb.toString());
        }
        if (!(k instanceof PyInt) && k.type().lookup("__index__") == null) {
            throw PyExc.typeError("string indices must be integers, not '" + k.type().name() + "'");
        }
        long i = Ops.index(k);
        int n = v.codePointCount(0, v.length());
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExc.indexError("string index out of range");
        }
        int off = v.offsetByCodePoints(0, (int) i);
        return new PyStr(new String(Character.toChars(v.codePointAt(off))));
    }

    private static String strip(String v, PyObject[] args, boolean left, boolean right) {
        String chars = args.length > 0 && args[0] != NONE ? s(args[0]) : null;
        int a = 0;
        int b = v.length();
        while (left && a < b && (chars == null ? isSpace(v.charAt(a)) : chars.indexOf(v.charAt(a)) >= 0)) {
            a++;
        }
        while (right && b > a && (chars == null ? isSpace(v.charAt(b - 1)) : chars.indexOf(v.charAt(b - 1)) >= 0)) {
            b--;
        }
        return v.substring(a, b);
    }

    private static PyObject split(String v, PyObject[] args, String[] kw, boolean fromRight) {
        Args a = Args.parse(fromRight ? "rsplit" : "split", args, kw, 0, "sep", "maxsplit");
        PyObject sepObj = a.get(0, NONE);
        if (sepObj != NONE && !(sepObj instanceof PyStr)) {
            throw PyExc.typeError("must be str or None, not " + sepObj.type().name());
        }
        long max = a.has(1) ? Ops.index(a.get(1)) : -1;
        List<String> parts = new ArrayList<>();
        if (sepObj == NONE) {
            parts = fromRight ? rsplitWhitespace(v, max) : splitWhitespace(v, max);
        } else {
            String sep = s(sepObj);
            if (sep.isEmpty()) {
                throw PyExc.valueError("empty separator");
            }
            if (!fromRight) {
                int from = 0;
                for (long n = 0; max < 0 || n < max; n++) {
                    int at = v.indexOf(sep, from);
                    if (at < 0) {
                        break;
                    }
                    parts.add(v.substring(from, at));
                    from = at + sep.length();
                }
                parts.add(v.substring(from));
            } else {
                int end = v.length();
                for (long n = 0; max < 0 || n < max; n++) {
                    int at = v.lastIndexOf(sep, end - sep.length());
                    if (at < 0 || end - sep.length() < 0) {
                        break;
                    }
                    parts.add(0, v.substring(at + sep.length(), end));
                    end = at;
                }
                parts.add(0, v.substring(0, end));
            }
        }
        List<PyObject> out = new ArrayList<>();
        for (String p : parts) {
            out.add(new PyStr(p));
        }
        return new PyList(out);
    }

    /** str.split() without a separator: runs of Python whitespace separate, at most {@code max} splits. */
    private static List<String> splitWhitespace(String v, long max) {
        List<String> parts = new ArrayList<>();
        int n = v.length();
        int i = 0;
        for (long left = max < 0 ? Long.MAX_VALUE : max; left > 0; left--) {
            while (i < n && isSpace(v.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i++;
            while (i < n && !isSpace(v.charAt(i))) {
                i++;
            }
            parts.add(v.substring(j, i));
        }
        while (i < n && isSpace(v.charAt(i))) {
            i++;
        }
        if (i < n) {
            parts.add(v.substring(i));
        }
        return parts;
    }

    private static List<String> rsplitWhitespace(String v, long max) {
        List<String> parts = new ArrayList<>();
        int i = v.length() - 1;
        for (long left = max < 0 ? Long.MAX_VALUE : max; left > 0; left--) {
            while (i >= 0 && isSpace(v.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i--;
            while (i >= 0 && !isSpace(v.charAt(i))) {
                i--;
            }
            parts.add(0, v.substring(i + 1, j + 1));
        }
        while (i >= 0 && isSpace(v.charAt(i))) {
            i--;
        }
        if (i >= 0) {
            parts.add(0, v.substring(0, i + 1));
        }
        return parts;
    }

    /** Python's whitespace (str.isspace, split(), strip()): Java's isWhitespace misses U+00A0, U+0085 and others. */
    static boolean isSpace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** The line boundaries of str.splitlines(). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028
                || c == 0x2029;
    }

    /** Python's full lowercase of the code point at {@code i}, with Greek final sigma. */
    private static String lowerAt(String v, int i) {
        int c = v.codePointAt(i);
        if (c == 0x3a3) {
            return finalSigma(v, i) ? "\u03c2" : "\u03c3";
        }
        return new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Σ ends a word: a cased letter before it (skipping case-ignorable ones) and none after. */
    private static boolean finalSigma(String v, int i) {
        int j = i - 1;
        while (j >= 0 && caseIgnorable(v.charAt(j))) {
            j--;
        }
        if (j < 0 || !cased(v.codePointBefore(j + 1))) {
            return false;
        }
        int k = i + 1;
        while (k < v.length() && caseIgnorable(v.charAt(k))) {
            k++;
        }
        return k >= v.length() || !cased(v.codePointAt(k));
    }

    private static boolean caseIgnorable(char c) {
        int t = Character.getType(c);
        return c == '\'' || c == '.' || c == ':' || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.FORMAT || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    static boolean cased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static String upper(int c) {
        return new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
    }

    /** Full titlecase: ǆ becomes ǅ, and a character whose uppercase is several (ß, ﬁ) keeps only the first upper. */
    private static String titleOf(int c) {
        int simple = Character.toTitleCase(c);
        if (simple != Character.toUpperCase(c)) {
            return new String(Character.toChars(simple));
        }
        String up = upper(c);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return new String(Character.toChars(first)) + up.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT);
        }
        return new String(Character.toChars(simple));
    }

    /** Python's isnumeric for one code point: digits, other numbers and letter numbers. */
    private static boolean numeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
                || Character.getNumericValue(cp) >= 0 && Character.isIdeographic(cp);
    }

    private static boolean affix(String v, PyObject[] args, boolean prefix) {
        PyObject x = args[0];
        int length = CodePoints.length(v);
        int start = args.length > 1 && args[1] != NONE ? (int) clampIndex(Ops.index(args[1]), length) : 0;
        int end = args.length > 2 && args[2] != NONE ? (int) clampIndex(Ops.index(args[2]), length) : length;
        String sub = start <= end ? v.substring(CodePoints.offset(v, start), CodePoints.offset(v, end)) : "";
        if (x instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                if (prefix ? sub.startsWith(s(o)) : sub.endsWith(s(o))) {
                    return true;
                }
            }
            return false;
        }
        if (!(x instanceof PyStr)) {
            throw PyExc.typeError((prefix ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + x.type().name());
        }
        return prefix ? sub.startsWith(s(x)) : sub.endsWith(s(x));
    }

    private static long clampIndex(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return Math.max(0, Math.min(n, i));
    }

    private static int find(String v, PyObject[] args, boolean last) {
        String x = s(args[0]);
        int length = CodePoints.length(v);
        int start = args.length > 1 && args[1] != NONE ? (int) clampIndex(Ops.index(args[1]), length) : 0;
        int end = args.length > 2 && args[2] != NONE ? (int) clampIndex(Ops.index(args[2]), length) : length;
        if (start > end) {
            return -1;
        }
        String sub = v.substring(CodePoints.offset(v, start), CodePoints.offset(v, end));
        int i = last ? sub.lastIndexOf(x) : sub.indexOf(x);
        return i < 0 ? -1 : CodePoints.index(sub, i) + start;
    }

    private static String justify(String v, PyObject[] args, char align) {
        int width = (int) Ops.index(args[0]);
        String fill = args.length > 1 ? s(args[1]) : " ";
        if (CodePoints.length(fill) != 1) {
            throw PyExc.typeError("The fill character must be exactly one character long");
        }
        int n = CodePoints.length(v);
        if (width <= n) {
            return v;
        }
        int pad = width - n;
        return switch (align) {
            case '<' -> v + fill.repeat(pad);
            case '>' -> fill.repeat(pad) + v;
            default -> {
                int left = pad / 2 + (pad & width & 1);
                yield fill.repeat(left) + v + fill.repeat(pad - left);
            }
        };
    }

    private static String title(String v) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < v.length(); i += Character.charCount(v.codePointAt(i))) {
            int c = v.codePointAt(i);
            sb.append(prevCased ? lowerAt(v, i) : titleOf(c));
            prevCased = cased(c);
        }
        return sb.toString();
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return false;
        }
        return v.codePoints().allMatch(c -> c == '_'
                || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Python's repr of a str: single quotes unless the text has ' and no ". */
    public static String repr(String v) {
        char q = v.indexOf('\'') >= 0 && v.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c >= 0x80 && !isPrintable(c)) {
                sb.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.append(q).toString();
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.UNASSIGNED || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    /** ascii(): repr with every non-ASCII character escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                sb.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    /** {@code format(value, spec)}: calls the value's {@code __format__}. */
    public static PyStr format(PyObject value, String spec) {
        PyObject m = value.type().lookup("__format__");
        PyObject r = Calls.callMethod(m, value, new PyObject[] {new PyStr(spec)}, null);
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__format__ must return a str, not " + r.type().name());
        }
        return s;
    }

    /** How CPython names a callable in call errors: {@code f()} / {@code A.m()}. */
    /** CPython's _PyObject_FunctionStr: {@code module.qualname()}, the module left out for builtins. */
    public static String funcDescription(PyObject func) {
        if (func instanceof PyMethod m) {
            return funcDescription(m.function());
        }
        PyObject qualname;
        PyObject module;
        try {
            qualname = Attributes.getOrNull(func, "__qualname__");
            module = Attributes.getOrNull(func, "__module__");
        } catch (org.ouroboros.vm.object.PyException e) {
            qualname = null;
            module = null;
        }
        if (!(qualname instanceof PyStr q)) {
            return func.type().name() + " object";
        }
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    static PyObject attr(PyObject o, String name) {
        return Attributes.get(o, name);
    }

    static PyDict emptyDict() {
        return new PyDict();
    }

    static PyFloat f(double d) {
        return new PyFloat(d);
    }

    /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to code points, strings or None. */
    private static PyObject maketrans(PyObject[] args, String[] kw) {
        org.ouroboros.vm.object.PyDict d = new org.ouroboros.vm.object.PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof org.ouroboros.vm.object.PyDict src)) {
                throw PyExc.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : src.map().entrySet()) {
                PyObject k = e.getKey();
                if (k instanceof PyStr ks) {
                    if (ks.value().codePointCount(0, ks.value().length()) != 1) {
                        throw PyExc.valueError("string keys in translate table must be of length 1");
                    }
                    k = PyInt.of(ks.value().codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw PyExc.typeError("keys in translate table must be strings or integers");
                }
                d.put(k, e.getValue());
            }
            return d;
        }
        if (args.length < 2 || args.length > 3) {
            throw PyExc.typeError("maketrans expected at most 3 arguments, got " + args.length);
        }
        int[] x = ObjectType.str(args[0]).codePoints().toArray();
        int[] y = ObjectType.str(args[1]).codePoints().toArray();
        if (x.length != y.length) {
            throw PyExc.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length; i++) {
            d.put(PyInt.of(x[i]), PyInt.of(y[i]));
        }
        if (args.length == 3) {
            ObjectType.str(args[2]).codePoints().forEach(c -> d.put(PyInt.of(c), NONE));
        }
        return d;
    }

    /** Uppercase/titlecase letters only after uncased characters, lowercase only after cased ones, and one cased at least. */
    private static boolean isTitle(String v) {
        boolean cased = false;
        boolean previousCased = false;
        for (int cp : v.codePoints().toArray()) {
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** str.isprintable: no control, format, separator (other than space), surrogate or unassigned characters. */
    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE && t != Character.PRIVATE_USE
                && t != Character.UNASSIGNED && t != Character.SPACE_SEPARATOR && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR;
    }
}
