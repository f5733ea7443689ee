package org.ouroboros.lang.parser;

import java.math.BigInteger;
import org.ouroboros.lang.ast.Literal;

/** The value of a NUMBER token (already validated by the tokenizer). */
final class NumberLiterals {

    private NumberLiterals() {
    }

    static Literal parse(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Literal.ImagLit(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char radix = Character.toLowerCase(s.charAt(1));
            if (radix == 'x') {
                return new Literal.IntLit(new BigInteger(s.substring(2), 16));
            } else if (radix == 'o') {
                return new Literal.IntLit(new BigInteger(s.substring(2), 8));
            } else if (radix == 'b') {
                return new Literal.IntLit(new BigInteger(s.substring(2), 2));
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return new Literal.FloatLit(Double.parseDouble(s));
        }
        return new Literal.IntLit(new BigInteger(s));
    }
}
