package org.ouroboros.vm.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that round-trips, printed in fixed notation
 * when the exponent is in [-4, 16) and as {@code 1e+16} style otherwise (Java's Double.toString
 * differs: "1.0E16").
 */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String[] de = shortest(Math.abs(d));
        String digits = de[0];
        int exp = Integer.parseInt(de[1]);
        String sign = d < 0 ? "-" : "";
        int decimalExp = exp + digits.length() - 1;
        if (decimalExp >= 16 || decimalExp < -4) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String es = decimalExp < 0 ? "-" : "+";
            int ae = Math.abs(decimalExp);
            return sign + mant + "e" + es + (ae < 10 ? "0" + ae : String.valueOf(ae));
        }
        return sign + fixed(digits, exp);
    }

    /** Digits (no leading/trailing zeros) and the exponent so that value = digits × 10^exp. */
    static String[] shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                BigDecimal s = r.stripTrailingZeros();
                return new String[] {s.unscaledValue().toString(), String.valueOf(-s.scale())};
            }
        }
        BigDecimal s = exact.round(new MathContext(17)).stripTrailingZeros();
        return new String[] {s.unscaledValue().toString(), String.valueOf(-s.scale())};
    }

    private static String fixed(String digits, int exp) {
        if (exp >= 0) {
            return digits + "0".repeat(exp) + ".0";
        }
        int point = digits.length() + exp;
        if (point > 0) {
            return digits.substring(0, point) + "." + digits.substring(point);
        }
        return "0." + "0".repeat(-point) + digits;
    }
}
