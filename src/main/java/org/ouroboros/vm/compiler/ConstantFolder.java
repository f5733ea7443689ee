package org.ouroboros.vm.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ouroboros.lang.ast.BinOp;
import org.ouroboros.lang.ast.BinOperator;
import org.ouroboros.lang.ast.CmpOperator;
import org.ouroboros.lang.ast.Compare;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.ListExpr;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Name;
import org.ouroboros.lang.ast.SetExpr;
import org.ouroboros.lang.ast.Starred;
import org.ouroboros.lang.ast.Subscript;
import org.ouroboros.lang.ast.Tuple;
import org.ouroboros.lang.ast.UnaryOp;
import org.ouroboros.lang.ast.UnaryOperator;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/**
 * CPython 3.11's AST optimiser (Python/ast_opt.c) for the compiler: which expressions are
 * compile-time constants and what value they fold to (unary and binary operators on constants,
 * with ast_opt's size limits on {@code *}, {@code **} and {@code <<}; constant tuples; constant
 * subscripts; {@code __debug__}), and the rewrites it makes to iterables ({@code x in [1, 2]},
 * {@code for x in [a, b]}), to {@code not} over one identity/membership test, and to
 * {@code '%s-%r' % (a, b)}, which becomes an f-string ({@link PercentFormat}). An operation
 * that fails ({@code 1/0}, {@code -'a'}) is not folded, so the error happens at run time.
 * Results are memoised per node: the compiler asks about every sub-expression it visits.
 */
final class ConstantFolder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    /** Memo value for "not a constant". */
    private static final PyObject NOT_CONSTANT = new PyObject(Types.OBJECT);

    private final Function<Literal, PyObject> literal;
    private final Function<String, PyStr> interner;
    private final Map<Expr, PyObject> memo = new IdentityHashMap<>();

    /** {@code literal} turns a parsed literal into its constant; {@code interner} interns identifier-like strings. */
    ConstantFolder(Function<Literal, PyObject> literal, Function<String, PyStr> interner) {
        this.literal = literal;
        this.interner = interner;
    }

    /** The value {@code e} folds to, or null when it is not a compile-time constant. */
    PyObject constant(Expr e) {
        if (e == null) {
            return null;
        }
        PyObject known = memo.get(e);
        if (known == null) {
            known = fold(e);
            memo.put(e, known == null ? NOT_CONSTANT : known);
        }
        return known == NOT_CONSTANT ? null : known;
    }

    /**
     * fold_iter, for the iterable of {@code for} and comprehensions and the last operand of
     * {@code in}: a list display (without starred items) becomes a tuple display, a set display of
     * constants a frozenset constant. Anything else is returned as is.
     */
    Expr iterable(Expr e) {
        if (e instanceof ListExpr l && !hasStar(l.elts())) {
            return new Tuple(l.elts(), ExprContext.Load, l.pos());
        }
        if (e instanceof SetExpr s) {
            PyObject[] items = constants(s.elts());
            if (items != null) {
                PySet frozen = new PySet(Types.FROZENSET);
                for (PyObject item : items) {
                    frozen.items().add(item);
                }
                SetExpr marker = new SetExpr(s.elts(), s.pos());
                memo.put(marker, frozen);
                return marker;
            }
        }
        return e;
    }

    /**
     * The rewrites of a non-constant node: {@code not a in b} is {@code a not in b} (likewise
     * {@code is}); a one-or-more-operand comparison whose last operator is {@code in}/{@code not in}
     * gets its last operand through {@link #iterable}. Returns {@code e} itself when nothing changes.
     */
    Expr rewrite(Expr e) {
        if (e instanceof BinOp b && b.op() == BinOperator.Mod && b.right() instanceof Tuple t
                && constant(t) == null && !hasStar(t.elts()) && constant(b.left()) instanceof PyStr fmt
                && fmt.type() == Types.STR) {
            Expr joined = PercentFormat.toJoinedStr(fmt.value(), t.elts(), b.pos());
            if (joined != null) {
                return joined;
            }
        }
        if (e instanceof UnaryOp u && u.op() == UnaryOperator.Not && u.operand() instanceof Compare c
                && c.ops().size() == 1) {
            CmpOperator inverted = switch (c.ops().get(0)) {
                case Is -> CmpOperator.IsNot;
                case IsNot -> CmpOperator.Is;
                case In -> CmpOperator.NotIn;
                case NotIn -> CmpOperator.In;
                default -> null;
            };
            if (inverted != null) {
                return rewrite(new Compare(c.left(), List.of(inverted), c.comparators(), u.pos()));
            }
        }
        if (e instanceof Compare c) {
            int last = c.ops().size() - 1;
            CmpOperator op = c.ops().get(last);
            if (op == CmpOperator.In || op == CmpOperator.NotIn) {
                Expr operand = c.comparators().get(last);
                Expr folded = iterable(operand);
                if (folded != operand) {
                    List<Expr> comparators = new ArrayList<>(c.comparators());
                    comparators.set(last, folded);
                    return new Compare(c.left(), c.ops(), comparators, c.pos());
                }
            }
        }
        return e;
    }

    private PyObject fold(Expr e) {
        if (e instanceof Constant c) {
            return literal.apply(c.value());
        }
        if (e instanceof Name n && n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
            return PyBool.TRUE;
        }
        if (e instanceof Tuple t && t.ctx() == ExprContext.Load) {
            PyObject[] items = constants(t.elts());
            return items == null ? null : items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        }
        if (e instanceof UnaryOp u) {
            PyObject v = constant(u.operand());
            return v == null ? null : attempt(() -> unary(u.op(), v));
        }
        if (e instanceof BinOp b) {
            PyObject left = constant(b.left());
            PyObject right = left == null ? null : constant(b.right());
            return right == null ? null : attempt(() -> binary(b.op(), left, right));
        }
        if (e instanceof Subscript s && s.ctx() == ExprContext.Load) {
            PyObject value = constant(s.value());
            PyObject index = value == null ? null : constant(s.slice());
            return index == null ? null : attempt(() -> Ops.getItem(value, index));
        }
        return null;
    }

    /** The constants of {@code elts}, or null unless every one folds (CPython's make_const_tuple). */
    PyObject[] constants(List<Expr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = constant(elts.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return items;
    }

    private interface Folding {
        PyObject run();
    }

    /** make_const: a failed operation leaves the expression for run time. */
    private PyObject attempt(Folding f) {
        try {
            PyObject v = f.run();
            return v == null ? null : canonical(v);
        } catch (PyException | ArithmeticException | IllegalStateException e) {
            return null;
        }
    }

    /** As the code object does for its constants: identifier-like strings are interned, also inside tuples. */
    private PyObject canonical(PyObject v) {
        if (v instanceof PyStr s && v.type() == Types.STR && Compiler.isIdentifierLike(s.value())) {
            return s.value().isEmpty() ? PyStr.EMPTY : interner.apply(s.value());
        }
        if (v instanceof PyTuple t && v.type() == Types.TUPLE) {
            PyObject[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = canonical(items[i]);
            }
            return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
        }
        return v;
    }

    private static PyObject unary(UnaryOperator op, PyObject v) {
        return switch (op) {
            case Not -> PyBool.of(!Ops.truthy(v));
            case USub -> Ops.unary(v, "__neg__", "-");
            case UAdd -> Ops.unary(v, "__pos__", "+");
            case Invert -> Ops.unary(v, "__invert__", "~");
        };
    }

    private static PyObject binary(BinOperator op, PyObject a, PyObject b) {
        return switch (op) {
            case Mult -> safeMultiply(a, b);
            case Pow -> safePower(a, b);
            case LShift -> safeLshift(a, b);
            case Mod -> a instanceof PyStr || a instanceof PyBytes ? null : Ops.binary(a, b, Compiler.nbIndex(op));
            case MatMult -> null;
            default -> Ops.binary(a, b, Compiler.nbIndex(op));
        };
    }

    private static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    private static BigInteger big(PyObject o) {
        return ((PyInt) o).bigValue();
    }

    /** _PyLong_NumBits: the bit length of the magnitude. */
    private static long numBits(PyObject o) {
        return big(o).abs().bitLength();
    }

    private static PyObject safeMultiply(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
            if (numBits(v) + numBits(w) > MAX_INT_SIZE) {
                return null;
            }
        } else if (isInt(v) && (isTupleOrFrozenset(w))) {
            long size = collectionSize(w);
            if (size > 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                    return null;
                }
                if (n.signum() != 0 && complexity(w, MAX_TOTAL_ITEMS / n.longValue()) < 0) {
                    return null;
                }
            }
        } else if (isInt(v) && (w instanceof PyStr || w instanceof PyBytes)) {
            long size = w instanceof PyStr s ? s.value().codePointCount(0, s.value().length())
                    : ((PyBytes) w).value().length;
            if (size > 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    return null;
                }
            }
        } else if (isInt(w) && (isTupleOrFrozenset(v) || v instanceof PyStr || v instanceof PyBytes)) {
            return safeMultiply(w, v);
        }
        return Ops.binary(v, w, Compiler.nbIndex(BinOperator.Mult));
    }

    private static PyObject safePower(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
            long vbits = numBits(v);
            BigInteger wbits = big(w);
            if (wbits.bitLength() >= 63 || vbits > MAX_INT_SIZE / wbits.longValue()) {
                return null;
            }
        }
        return Ops.binary(v, w, Compiler.nbIndex(BinOperator.Pow));
    }

    private static PyObject safeLshift(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
            BigInteger wbits = big(w);
            if (wbits.signum() < 0 || wbits.bitLength() >= 63) {
                // PyLong_AsSize_t fails on a negative or huge shift: left for run time.
                return null;
            }
            long vbits = numBits(v);
            if (wbits.longValue() > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits.longValue()) {
                return null;
            }
        }
        return Ops.binary(v, w, Compiler.nbIndex(BinOperator.LShift));
    }

    private static boolean isTupleOrFrozenset(PyObject o) {
        return o instanceof PyTuple || (o instanceof PySet s && o.type() == Types.FROZENSET);
    }

    private static long collectionSize(PyObject o) {
        return o instanceof PyTuple t ? t.size() : ((PySet) o).items().size();
    }

    /** check_complexity: what is left of {@code limit} after counting nested tuple/frozenset items. */
    private static long complexity(PyObject o, long limit) {
        if (o instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = complexity(t.get(i), limit);
            }
        } else if (o instanceof PySet s && o.type() == Types.FROZENSET) {
            limit -= s.items().size();
            for (PyObject item : s.items()) {
                if (limit < 0) {
                    break;
                }
                limit = complexity(item, limit);
            }
        }
        return limit;
    }

    private static boolean hasStar(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Starred) {
                return true;
            }
        }
        return false;
    }
}
