package org.ouroboros.vm.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyStr;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][#][0][width][,|_][.precision][type]})
 * for str, int and float, as used by {@code format()}, f-strings and {@code str.format}.
 */
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec. */
    record Spec(char fill, char align, char sign, boolean noNegativeZero, boolean alt, boolean zero, int width,
                char grouping, int precision, char type) {}

    static Spec parse(String s) {
        return parse(s, "str", 's');
    }

    /** The spec for an object of {@code typeName} whose presentation type defaults to {@code defaultType}. */
    static Spec parse(String s, String typeName, char defaultType) {
        int i = 0;
        char fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (s.length() >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            fillGiven = true;
            fill = s.charAt(0);
            align = s.charAt(1);
            i = 2;
        } else if (!s.isEmpty() && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < s.length() && "+- ".indexOf(s.charAt(i)) >= 0) {
            sign = s.charAt(i++);
        }
        boolean noNegativeZero = false;
        if (i < s.length() && s.charAt(i) == 'z') {
            noNegativeZero = true;
            i++;
        }
        boolean alt = false;
        if (i < s.length() && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (i < s.length() && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int width = -1;
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            width = Integer.parseInt(s.substring(start, i));
        }
        char grouping = 0;
        if (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            grouping = s.charAt(i++);
        }
        int precision = -1;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyExc.valueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(s.substring(start, i));
        }
        char type = 0;
        if (i < s.length()) {
            type = s.charAt(i++);
        }
        if (i != s.length()) {
            throw PyExc.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        char effective = type == 0 ? defaultType : type;
        boolean groupingAllowed = "defgEFG%".indexOf(effective) >= 0 || effective == 0
                || grouping == '_' && "boxX".indexOf(effective) >= 0;
        if (grouping != 0 && !groupingAllowed) {
            throw PyExc.valueError("Cannot specify '" + grouping + "' with '" + effective + "'.");
        }
        if (zero && !fillGiven) { // CPython: the 0 flag fills with zeros, and pads after the sign only by default
            fill = '0';
            if (align == 0 && defaultType != 's') {
                align = '=';
            }
        }
        return new Spec(fill, align, sign, noNegativeZero, alt, zero, width, grouping, precision, type);
    }

    public static PyStr formatStr(String value, String specText) {
        if (specText.isEmpty()) {
            return new PyStr(value);
        }
        Spec spec = parse(specText);
        if (spec.type != 0 && spec.type != 's') {
            throw PyExc.valueError("Unknown format code '" + spec.type + "' for object of type 'str'");
        }
        if (spec.sign != 0) {
            throw PyExc.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegativeZero) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        String v = spec.precision >= 0 && spec.precision < CodePoints.length(value)
                ? value.substring(0, CodePoints.offset(value, spec.precision)) : value;
        return new PyStr(pad(v, spec, '<'));
    }

    public static PyStr formatInt(PyInt value, String specText) {
        if (specText.isEmpty()) {
            return new PyStr(IntType.decimal(value));
        }
        Spec spec = parse(specText, "int", 'd');
        char type = spec.type == 0 ? 'd' : spec.type;
        if ("eEfFgG%".indexOf(type) >= 0) {
            return formatFloat(value.doubleValue(), specText);
        }
        if (spec.noNegativeZero) {
            throw PyExc.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = value.bigValue();
        String digits;
        String prefix = "";
        switch (type) {
            case 'd', 'n' -> digits = IntType.decimal(PyInt.of(v.abs()));
            case 'x' -> {
                digits = v.abs().toString(16);
                prefix = spec.alt ? "0x" : "";
            }
            case 'X' -> {
                digits = v.abs().toString(16).toUpperCase();
                prefix = spec.alt ? "0X" : "";
            }
            case 'o' -> {
                digits = v.abs().toString(8);
                prefix = spec.alt ? "0o" : "";
            }
            case 'b' -> {
                digits = v.abs().toString(2);
                prefix = spec.alt ? "0b" : "";
            }
            case 'c' -> {
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                    throw PyExc.raise(PyExc.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                }
                digits = new String(Character.toChars(v.intValue()));
            }
            default -> throw PyExc.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        if (spec.grouping != 0) {
            digits = group(digits, spec.grouping, type == 'd' || type == 'n' ? 3 : 4);
        }
        return new PyStr(signAndPad(v.signum() < 0, prefix + digits, spec, prefix.length()));
    }

    public static PyStr formatFloat(double value, String specText) {
        if (specText.isEmpty()) {
            return new PyStr(FloatRepr.repr(value));
        }
        Spec spec = parse(specText, "float", (char) 0);
        char type = spec.type;
        boolean neg = value < 0 || (value == 0 && 1 / value < 0);
        double a = Math.abs(value);
        String body;
        if (Double.isNaN(value)) {
            body = (Character.isUpperCase(type) ? "NAN" : "nan") + (type == '%' ? "%" : "");
            neg = false;
        } else if (Double.isInfinite(value)) {
            body = (Character.isUpperCase(type) ? "INF" : "inf") + (type == '%' ? "%" : "");
        } else {
            int prec = spec.precision < 0 ? 6 : spec.precision;
            switch (type) {
                case 'f', 'F' -> body = fixed(a, prec);
                case '%' -> body = (Double.isInfinite(a * 100) ? "inf" : fixed(a * 100, prec)) + "%";
                case 'e', 'E' -> {
                    body = sci(a, prec);
                    if (type == 'E') {
                        body = body.toUpperCase();
                    }
                }
                case 'g', 'G', 'n' -> body = general(a, spec.precision < 0 ? 6 : Math.max(prec, 1), spec.alt);
                case 0 -> body = spec.precision < 0 ? FloatRepr.repr(a) : general(a, Math.max(prec, 1), true)
                        .replaceAll("\\.$", ".0");
                default -> throw PyExc.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
            if (spec.grouping != 0) {
                int dot = body.indexOf('.');
                String intPart = dot < 0 ? body : body.substring(0, dot);
                String rest = dot < 0 ? "" : body.substring(dot);
                if (intPart.chars().allMatch(Character::isDigit)) {
                    body = group(intPart, spec.grouping, 3) + rest;
                }
            }
        }
        if (spec.noNegativeZero && body.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            neg = false; // 'z': a value that rounds to zero shows no minus sign
        }
        return new PyStr(signAndPad(neg, body, spec, 0));
    }

    private static String fixed(double a, int prec) {
        return new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String sci(double a, int prec) {
        if (a == 0) {
            return (prec > 0 ? "0." + "0".repeat(prec) : "0") + "e+00";
        }
        BigDecimal bd = new BigDecimal(a);
        BigDecimal r = bd.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().toString();
        while (digits.length() < prec + 1) {
            digits += "0";
        }
        digits = digits.substring(0, prec + 1);
        String mant = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(double a, int prec, boolean keepPoint) {
        if (a == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String out;
        if (exp < -4 || exp >= prec) {
            out = sci(a, prec - 1);
            String mant = out.substring(0, out.indexOf('e'));
            if (mant.contains(".")) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            out = mant + out.substring(out.indexOf('e'));
        } else {
            out = r.setScale(Math.max(0, prec - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (out.contains(".")) {
                out = out.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return out;
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String signAndPad(boolean negative, String body, Spec spec, int prefixLen) {
        String sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
        if (spec.align == '=' && spec.width > 0) {
            int padLen = spec.width - sign.length() - body.length();
            if (padLen > 0) {
                String prefix = body.substring(0, prefixLen);
                return sign + prefix + String.valueOf(spec.fill).repeat(padLen) + body.substring(prefixLen);
            }
            return sign + body;
        }
        return pad(sign + body, spec, '>');
    }

    private static String pad(String v, Spec spec, char defaultAlign) {
        int n = v.codePointCount(0, v.length());
        if (spec.width <= n) {
            return v;
        }
        int padLen = spec.width - n;
        String fill = String.valueOf(spec.fill);
        char align = spec.align == 0 ? defaultAlign : spec.align;
        return switch (align) {
            case '<' -> v + fill.repeat(padLen);
            case '^' -> fill.repeat(padLen / 2) + v + fill.repeat(padLen - padLen / 2);
            default -> fill.repeat(padLen) + v;
        };
    }
}
