package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.ast.Attribute;
import org.ouroboros.lang.ast.Await;
import org.ouroboros.lang.ast.BinOp;
import org.ouroboros.lang.ast.BoolOp;
import org.ouroboros.lang.ast.Call;
import org.ouroboros.lang.ast.Compare;
import org.ouroboros.lang.ast.CmpOperator;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.Dict;
import org.ouroboros.lang.ast.DictComp;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.FormattedValue;
import org.ouroboros.lang.ast.GeneratorExp;
import org.ouroboros.lang.ast.IfExp;
import org.ouroboros.lang.ast.JoinedStr;
import org.ouroboros.lang.ast.Lambda;
import org.ouroboros.lang.ast.ListComp;
import org.ouroboros.lang.ast.ListExpr;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Name;
import org.ouroboros.lang.ast.NamedExpr;
import org.ouroboros.lang.ast.SetComp;
import org.ouroboros.lang.ast.SetExpr;
import org.ouroboros.lang.ast.Starred;
import org.ouroboros.lang.ast.Subscript;
import org.ouroboros.lang.ast.Tuple;
import org.ouroboros.lang.ast.UnaryOp;
import org.ouroboros.lang.ast.Yield;
import org.ouroboros.lang.ast.YieldFrom;

/** Assignment and deletion targets: context rewriting and CPython's names for invalid targets. */
final class Targets {

    /** Which statement the targets belong to (CPython's targets_type). */
    enum Kind { STAR, DEL, FOR }

    private Targets() {
    }

    /** {@code _PyPegen_get_expr_name}: how CPython names an expression in error messages. */
    static String describe(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof Tuple) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof Dict) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant c) {
            Literal v = c.value();
            if (v instanceof Literal.NoneLit) {
                return "None";
            } else if (v instanceof Literal.BoolLit b) {
                return b.value() ? "True" : "False";
            } else if (v instanceof Literal.EllipsisLit) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** {@code _PyPegen_get_invalid_target}: the first sub-expression that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof ListExpr l) {
            return firstInvalid(l.elts(), kind);
        } else if (e instanceof Tuple t) {
            return firstInvalid(t.elts(), kind);
        } else if (e instanceof Starred s) {
            return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
        } else if (e instanceof Compare c) {
            if (kind == Kind.FOR) {
                return c.ops().get(0) == CmpOperator.In ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        } else if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr elt : elts) {
            Expr bad = invalidTarget(elt, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The same target with Store or Del context everywhere; the caller has validated it. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Name n) {
            return n.withCtx(ctx);
        } else if (e instanceof Attribute a) {
            return a.withCtx(ctx);
        } else if (e instanceof Subscript s) {
            return s.withCtx(ctx);
        } else if (e instanceof Starred s) {
            return new Starred(withContext(s.value(), ctx), ctx, s.pos());
        } else if (e instanceof ListExpr l) {
            return new ListExpr(all(l.elts(), ctx), ctx, l.pos());
        } else if (e instanceof Tuple t) {
            return new Tuple(all(t.elts(), ctx), ctx, t.pos());
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(withContext(elt, ctx));
        }
        return out;
    }
}
