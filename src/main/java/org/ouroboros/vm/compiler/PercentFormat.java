package org.ouroboros.vm.compiler;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.FormattedValue;
import org.ouroboros.lang.ast.JoinedStr;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Pos;

/**
 * ast_opt's optimize_format: {@code 'literal %s %-5r %.3a' % (x, y, z)} with a literal format,
 * only %s/%r/%a units (flags, width and precision of at most two digits) and exactly as many
 * tuple items as units, compiles as the f-string {@code f'literal {x!s} {y!r:5} {z!a:.3}'}.
 */
final class PercentFormat {
    private PercentFormat() {}

    private static final int MAX_DIGITS = 3;

    /** The f-string, or null when the format is not one optimize_format converts. */
    static Expr toJoinedStr(String fmt, List<Expr> items, Pos pos) {
        List<Expr> parts = new ArrayList<>();
        int[] at = {0};
        int used = 0;
        while (true) {
            String literal = literal(fmt, at);
            if (!literal.isEmpty()) {
                parts.add(new Constant(new Literal.StrLit(literal), null, pos));
            }
            if (at[0] >= fmt.length()) {
                break;
            }
            if (used >= items.size()) {
                return null;
            }
            at[0]++;
            Expr unit = unit(fmt, at, items.get(used));
            used++;
            if (unit == null) {
                return null;
            }
            parts.add(unit);
        }
        return used < items.size() ? null : new JoinedStr(parts, pos);
    }

    /** parse_literal: text up to the next lone %, with %% as %. */
    private static String literal(String fmt, int[] at) {
        StringBuilder out = new StringBuilder();
        int p = at[0];
        while (p < fmt.length()) {
            char c = fmt.charAt(p);
            if (c != '%') {
                out.append(c);
                p++;
            } else if (p + 1 < fmt.length() && fmt.charAt(p + 1) == '%') {
                out.append('%');
                p += 2;
            } else {
                break;
            }
        }
        at[0] = p;
        return out.toString();
    }

    /** simple_format_arg_parse + parse_format for one unit after its %. */
    private static Expr unit(String fmt, int[] at, Expr arg) {
        int p = at[0];
        boolean leftJustify = false;
        char ch;
        while (true) {
            if (p >= fmt.length()) {
                return null;
            }
            ch = fmt.charAt(p++);
            if (ch == '-') {
                leftJustify = true;
            } else if (!(ch == '+' || ch == ' ' || ch == '#' || ch == '0')) {
                break;
            }
        }
        int width = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (p >= fmt.length()) {
                    return null;
                }
                ch = fmt.charAt(p++);
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        int precision = -1;
        if (ch == '.') {
            if (p >= fmt.length()) {
                return null;
            }
            ch = fmt.charAt(p++);
            precision = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                precision = precision * 10 + (ch - '0');
                if (p >= fmt.length()) {
                    return null;
                }
                ch = fmt.charAt(p++);
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        at[0] = p;
        String spec = (!leftJustify && width > 0 ? ">" : "") + (width >= 0 ? String.valueOf(width) : "")
                + (precision >= 0 ? "." + precision : "");
        Expr formatSpec = spec.isEmpty() ? null : new Constant(new Literal.StrLit(spec), null, arg.pos());
        return new FormattedValue(arg, ch, formatSpec, arg.pos());
    }
}
