package org.ouroboros.lang.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Java value held by a {@link Constant}. One record per Python constant type:
 * <ul>
 *   <li>{@link IntLit}: {@code int}, any size, as a {@link BigInteger}</li>
 *   <li>{@link FloatLit}: {@code float}, as a {@code double}</li>
 *   <li>{@link ImagLit}: an imaginary literal {@code 2j}: a {@code complex} with real part 0 and
 *       this imaginary part</li>
 *   <li>{@link StrLit}: {@code str}, decoded (escapes processed, adjacent literals joined); may
 *       contain surrogate pairs for astral characters, as any Java string</li>
 *   <li>{@link BytesLit}: {@code bytes}; compares by content</li>
 *   <li>{@link BoolLit}: {@code True}/{@code False}</li>
 *   <li>{@link NoneLit}: {@code None}</li>
 *   <li>{@link EllipsisLit}: {@code ...}</li>
 * </ul>
 */
public sealed interface Literal {

    /** Python's repr of the value, as {@code ast.dump} shows it. */
    String pythonRepr();

    record IntLit(BigInteger value) implements Literal {
        public static IntLit of(long v) {
            return new IntLit(BigInteger.valueOf(v));
        }

        @Override
        public String pythonRepr() {
            return value.toString();
        }
    }

    record FloatLit(double value) implements Literal {
        @Override
        public String pythonRepr() {
            return PythonRepr.ofFloat(value);
        }
    }

    record ImagLit(double imag) implements Literal {
        @Override
        public String pythonRepr() {
            return PythonRepr.ofImag(imag);
        }
    }

    record StrLit(String value) implements Literal {
        @Override
        public String pythonRepr() {
            return PythonRepr.ofStr(value);
        }
    }

    record BytesLit(byte[] value) implements Literal {
        @Override
        public boolean equals(Object o) {
            return o instanceof BytesLit other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "BytesLit[" + pythonRepr() + "]";
        }

        @Override
        public String pythonRepr() {
            return PythonRepr.ofBytes(value);
        }
    }

    record BoolLit(boolean value) implements Literal {
        public static final BoolLit TRUE = new BoolLit(true);
        public static final BoolLit FALSE = new BoolLit(false);

        @Override
        public String pythonRepr() {
            return value ? "True" : "False";
        }
    }

    record NoneLit() implements Literal {
        public static final NoneLit INSTANCE = new NoneLit();

        @Override
        public String pythonRepr() {
            return "None";
        }
    }

    record EllipsisLit() implements Literal {
        public static final EllipsisLit INSTANCE = new EllipsisLit();

        @Override
        public String pythonRepr() {
            return "Ellipsis";
        }
    }
}
