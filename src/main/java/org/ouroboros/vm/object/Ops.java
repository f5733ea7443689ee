package org.ouroboros.vm.object;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.Iterator;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.vm.builtins.FloatType;
import org.ouroboros.vm.builtins.IntType;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.probe.DispatchProbes;

/**
 * The abstract object protocol (CPython's abstract.c/object.c): truth, repr/str, hashing,
 * rich comparison, binary operators with reflected fallback, subscripts, iteration. Builtin
 * numbers take Java fast paths; everything else dispatches to special methods found on the class.
 */
public final class Ops {
    private Ops() {}

    /** BINARY_OP argument → operator symbol, in CPython 3.11's NB_* order. */
    public static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    private static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAPPED = {4, 5, 2, 3, 0, 1};

    // ---- truth, repr, str, hash ----

    public static boolean truthy(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == NONE) {
            return false;
        }
        PyType t = o.type();
        if (t == Types.INT) {
            return ((PyInt) o).signum() != 0;
        }
        if (t == Types.STR) {
            return !((PyStr) o).value().isEmpty();
        }
        if (t == Types.LIST) {
            return ((PyList) o).size() > 0;
        }
        PyObject bool = t.lookup("__bool__");
        if (bool != null) {
            dispatched("bool()", "__bool__", t);
            PyObject r = Calls.callMethod(bool, o, new PyObject[0], null);
            if (!(r instanceof PyBool b)) {
                throw PyExc.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return b.isTrue();
        }
        PyObject len = t.lookup("__len__");
        if (len != null) {
            dispatched("bool()", "__len__", t);
            return index(Calls.callMethod(len, o, new PyObject[0], null)) != 0;
        }
        return true;
    }

    public static PyStr repr(PyObject o) {
        dispatched("repr()", "__repr__", o.type());
        PyObject r = callGuarded(o, "__repr__", " while getting the repr of an object");
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
        }
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o.type() == Types.STR) {
            return (PyStr) o;
        }
        dispatched("str()", "__str__", o.type());
        PyObject r = callGuarded(o, "__str__", " while getting the str of an object");
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        }
        return s;
    }

    /** A special method call that counts against the recursion limit when it runs Python code. */
    private static PyObject callGuarded(PyObject o, String name, String where) {
        if (!(o.type().lookup(name) instanceof PyFunction)) {
            return Calls.callSpecial(o, name);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(where);
        try {
            return Calls.callSpecial(o, name);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code <__main__.A object at 0x7f…>}: object.__repr__. */
    public static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String mod = t.moduleName();
        String name = mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return "<" + name + " object at " + address(o) + ">";
    }

    public static String address(PyObject o) {
        return "0x" + Long.toHexString(o.id());
    }

    public static long hash(PyObject o) {
        PyType t = o.type();
        if (o instanceof PyInt i && (t == Types.INT || t == Types.BOOL)) {
            return IntType.hash(i);
        }
        if (t == Types.FLOAT) {
            return FloatType.hash(((PyFloat) o).value());
        }
        PyObject h = t.lookup("__hash__");
        if (h == null || h == NONE) {
            throw PyExc.typeError("unhashable type: '" + t.name() + "'");
        }
        PyObject r = Calls.callMethod(h, o, new PyObject[0], null);
        if (!(r instanceof PyInt ri)) {
            throw PyExc.typeError("__hash__ method should return an integer");
        }
        long v = ri.isSmall() ? ri.longValue() : IntType.hash(ri);
        return v == -1 ? -2 : v;
    }

    // ---- comparison ----

    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return truthy(compare(a, b, 2));
    }

    /** Rich comparison {@code a op b} with op an index into {@link #CMP_SYMBOLS}. */
    public static PyObject compare(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == Types.INT && tb == Types.INT) {
            return PyBool.of(IntType.compare((PyInt) a, (PyInt) b, op));
        }
        if (ta == Types.STR && tb == Types.STR) {
            int c = org.ouroboros.vm.builtins.CodePoints.compare(((PyStr) a).value(), ((PyStr) b).value());
            return PyBool.of(cmpResult(c, op));
        }
        boolean checkedReflected = false;
        // CPython's do_richcompare: a right operand of a proper subclass goes first, overriding or not
        if (ta != tb && tb.isSubtype(ta)) {
            checkedReflected = true;
            PyObject r = callCompare(b, a, CMP_SWAPPED[op]);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = callCompare(a, b, op);
        if (r != NOT_IMPLEMENTED) {
            return r;
        }
        if (!checkedReflected) {
            r = callCompare(b, a, CMP_SWAPPED[op]);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == 2) {
            return PyBool.of(a == b);
        }
        if (op == 3) {
            return PyBool.of(a != b);
        }
        throw PyExc.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + ta.name()
                + "' and '" + tb.name() + "'");
    }

    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    private static PyObject callCompare(PyObject self, PyObject other, int op) {
        PyObject m = self.type().lookup(CMP_NAMES[op]);
        if (m == null) {
            return NOT_IMPLEMENTED;
        }
        dispatched(CMP_SYMBOLS[op], CMP_NAMES[op], self.type());
        if (!(m instanceof PyFunction)) {
            return Calls.callMethod(m, self, new PyObject[] {other}, null);
        }
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" in comparison");
        try {
            return Calls.callMethod(m, self, new PyObject[] {other}, null);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    // ---- binary operators ----

    /** {@code a <op> b} for BINARY_OP's argument {@code nb} (in-place forms try {@code __iop__} first). */
    public static PyObject binary(PyObject a, PyObject b, int nb) {
        if (a.type() == Types.INT && b.type() == Types.INT) {
            // + and - on two longs, small enough to be inlined into the interpreter (IntType.arith is not).
            if ((nb == 0 || nb == 13) && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
                long x = ((PyInt) a).longValue();
                long y = ((PyInt) b).longValue();
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            } else if ((nb == 10 || nb == 23) && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
                long x = ((PyInt) a).longValue();
                long y = ((PyInt) b).longValue();
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
            PyObject r = IntType.binary((PyInt) a, (PyInt) b, nb >= 13 ? nb - 13 : nb);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (nb >= 13) {
            int base = nb - 13;
            PyObject im = a.type().lookup("__i" + NB_NAMES[base] + "__");
            if (im != null && isSequenceSlot(im, a.type())) {
                // list += x: sq_inplace_concat comes after the number slots, so x's __radd__ goes first
                PyObject r = reflectedOfOther(a, b, base, NB_SYMBOLS[nb]);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (im != null) {
                dispatched("a " + NB_SYMBOLS[nb] + " b", "__i" + NB_NAMES[base] + "__", a.type());
                PyObject r = Calls.callMethod(im, a, new PyObject[] {b}, null);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
            return binaryOp(a, b, base, NB_SYMBOLS[nb]);
        }
        return binaryOp(a, b, nb, NB_SYMBOLS[nb]);
    }

    private static PyObject binaryOp(PyObject a, PyObject b, int base, String symbol) {
        PyType ta = a.type();
        PyType tb = b.type();
        String name = "__" + NB_NAMES[base] + "__";
        String rname = "__r" + NB_NAMES[base] + "__";
        PyObject left = ta.lookup(name);
        PyObject right = ta == tb ? null : tb.lookup(rname);
        if (right != null && left != null && (tb.isSubtype(ta) && right != ta.lookup(rname) || isSequenceSlot(left, ta))) {
            // a subclass's override goes first; so does any reflected method against str/list/tuple/bytes
            // + and *, which are CPython's sq_concat/sq_repeat, tried only after both number slots
            dispatched("a " + symbol + " b", rname, tb);
            PyObject r = Calls.callMethod(right, b, new PyObject[] {a}, null);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
            right = null;
        }
        if (left != null) {
            dispatched("a " + symbol + " b", name, ta);
            PyObject r = Calls.callMethod(left, a, new PyObject[] {b}, null);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (right != null) {
            dispatched("a " + symbol + " b", rname, tb);
            PyObject r = Calls.callMethod(right, b, new PyObject[] {a}, null);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (base == 8 && symbol.equals("**")) {
            throw PyExc.typeError("unsupported operand type(s) for ** or pow(): '" + ta.name() + "' and '" + tb.name() + "'");
        }
        if (symbol.startsWith("*") && !symbol.startsWith("**") && (repeatable(ta) || repeatable(tb))) {
            // CPython falls back to sq_repeat, which wants an index on the other side.
            throw PyExc.typeError("can't multiply sequence by non-int of type '" + (repeatable(ta) ? tb : ta).name() + "'");
        }
        if (symbol.equals("+") && tb == Types.STR && ta != Types.STR && left == null) {
            throw PyExc.typeError("unsupported operand type(s) for +: '" + ta.name() + "' and 'str'");
        }
        throw PyExc.typeError("unsupported operand type(s) for " + symbol + ": '" + ta.name() + "' and '" + tb.name() + "'");
    }

    /** The other operand's reflected method, when its type differs and has one; else NotImplemented. */
    private static PyObject reflectedOfOther(PyObject a, PyObject b, int base, String symbol) {
        PyType tb = b.type();
        PyObject right = tb == a.type() ? null : tb.lookup("__r" + NB_NAMES[base] + "__");
        if (right == null) {
            return NOT_IMPLEMENTED;
        }
        dispatched("a " + symbol + " b", "__r" + NB_NAMES[base] + "__", tb);
        return Calls.callMethod(right, b, new PyObject[] {a}, null);
    }

    /**
     * Whether {@code m} is a builtin sequence's concatenation or repetition ({@code __add__},
     * {@code __mul__}, {@code __iadd__}, {@code __imul__} of str, list, tuple, bytes, bytearray):
     * CPython's sq_* slots, which rank after the number slots of both operands.
     */
    private static boolean isSequenceSlot(PyObject m, PyType owner) {
        if (!(m instanceof PyMethodDescriptor)) {
            return false;
        }
        for (PyType seq : new PyType[] {Types.STR, Types.LIST, Types.TUPLE, Types.BYTES, Types.BYTEARRAY}) {
            if (owner.isSubtype(seq)) {
                return m == seq.lookup("__add__") || m == seq.lookup("__mul__") || m == seq.lookup("__iadd__")
                        || m == seq.lookup("__imul__");
            }
        }
        return false;
    }

    /** Whether {@code o} can be a repeat count: an int or anything with {@code __index__}. */
    public static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /** Types with CPython's sq_repeat slot. */
    private static boolean repeatable(PyType t) {
        return t.isSubtype(Types.STR) || t.isSubtype(Types.LIST) || t.isSubtype(Types.TUPLE)
                || t.isSubtype(Types.BYTES);
    }

    public static PyObject unary(PyObject a, String dunder, String symbol) {
        PyObject m = a.type().lookup(dunder);
        if (m == null) {
            throw PyExc.typeError("bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
        }
        dispatched(symbol + "a", dunder, a.type());
        return Calls.callMethod(m, a, new PyObject[0], null);
    }

    // ---- subscripts, len, contains ----

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof PyList l && o.type() == Types.LIST && key instanceof PyInt i && i.isSmall()) {
            int n = l.size();
            long k = i.longValue();
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                throw PyExc.indexError("list index out of range");
            }
            return l.get((int) k);
        }
        PyObject m = o.type().lookup("__getitem__");
        if (m == null) {
            if (o instanceof PyType cls) {
                // only the class's own MRO counts, never its metaclass (type[int] finds type's own)
                PyObject cg = cls.lookup("__class_getitem__") != null
                        ? Attributes.typeLookup(cls, "__class_getitem__") : null;
                if (cg != null) {
                    return cg.call(key);
                }
                throw PyExc.typeError("type '" + cls.name() + "' is not subscriptable");
            }
            throw PyExc.typeError("'" + o.type().name() + "' object is not subscriptable");
        }
        dispatched("a[k]", "__getitem__", o.type());
        return Calls.callMethod(m, o, new PyObject[] {key}, null);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject m = o.type().lookup("__setitem__");
        if (m == null) {
            throw PyExc.typeError("'" + o.type().name() + "' object does not support item assignment");
        }
        dispatched("a[k] = v", "__setitem__", o.type());
        Calls.callMethod(m, o, new PyObject[] {key, value}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = o.type().lookup("__delitem__");
        if (m == null) {
            // PySequence_DelItem says "doesn't" (a sequence-like type, an index key); PyObject_DelItem "does not"
            PyType t = o.type();
            boolean sequenceLike = !t.isBuiltin() || t.lookup("__len__") != null || t.lookup("__contains__") != null;
            boolean indexKey = key instanceof PyInt || key.type().lookup("__index__") != null;
            throw PyExc.typeError("'" + t.name() + "' object " + (sequenceLike && indexKey ? "doesn't" : "does not")
                    + " support item deletion");
        }
        Calls.callMethod(m, o, new PyObject[] {key}, null);
    }

    public static long len(PyObject o) {
        if (o instanceof PyList l && o.type() == Types.LIST) {
            return l.size();
        }
        PyObject m = o.type().lookup("__len__");
        if (m == null) {
            throw PyExc.typeError("object of type '" + o.type().name() + "' has no len()");
        }
        dispatched("len()", "__len__", o.type());
        PyObject r = Calls.callMethod(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw PyExc.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        long n = index(r);
        if (n < 0) {
            throw PyExc.valueError("__len__() should return >= 0");
        }
        return n;
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyObject m = container.type().lookup("__contains__");
        if (m != null) {
            dispatched("x in c", "__contains__", container.type());
            return truthy(Calls.callMethod(m, container, new PyObject[] {item}, null));
        }
        if (container.type().lookup("__iter__") == null && container.type().lookup("__getitem__") == null) {
            throw PyExc.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        PyObject it = iter(container);
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (v == item || eqBool(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code operator.index(o)}: an int of any size ({@code __index__} for other types). */
    public static PyInt indexInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw PyExc.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = Calls.callMethod(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt i)) {
            throw PyExc.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    /** {@code operator.index(o)} as a Java long. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) {
                throw PyExc.raise(PyExc.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return i.longValue();
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw PyExc.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return index(Calls.callMethod(m, o, new PyObject[0], null));
    }

    // ---- iteration ----

    /** {@code iter(o)}: {@code __iter__}, or the old {@code __getitem__} protocol. */
    public static PyObject iter(PyObject o) {
        PyType t = o.type();
        PyObject m = t.lookup("__iter__");
        if (m != null && m != NONE) {
            dispatched("iter()", "__iter__", t);
            PyObject it = Calls.callMethod(m, o, new PyObject[0], null);
            if (it.type().lookup("__next__") == null) {
                throw PyExc.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (t.lookup("__getitem__") != null && !(o instanceof PyDict)) {
            DispatchProbes.iterFallsBackToGetitem(t);
            dispatched("iter()", "__getitem__", t);
            long[] index = {0};
            return new PyIter(Types.SEQ_ITERATOR, () -> {
                try {
                    DispatchProbes.itemRequested(t, index[0]);
                    return DispatchProbes.itemFetched(t, index[0], getItem(o, PyInt.of(index[0]++)));
                } catch (PyException e) {
                    if (e.matches(PyExc.INDEX_ERROR) || e.matches(PyExc.STOP_ITERATION)) {
                        DispatchProbes.itemsEnded(t, index[0] - 1, e);
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw PyExc.typeError("'" + t.name() + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted (StopIteration consumed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIter pi) {
            return pi.next();
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw PyExc.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return Calls.callMethod(m, it, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(PyExc.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Java iteration over a Python iterable. */
    public static Iterable<PyObject> iterable(PyObject o) {
        PyObject it = iter(o);
        // Fetches lazily: a Python iterator must not be advanced before the caller asks (any() stops early).
        return () -> new Iterator<>() {
            PyObject pending;
            boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    pending = Ops.next(it);
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                PyObject v = pending;
                pending = null;
                return v;
            }
        };
    }

    // ---- classes ----

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType c)) {
            // a union, a parameterized generic, or any object whose class answers __instancecheck__
            PyObject check = cls.type().lookup("__instancecheck__");
            if (check == null) {
                throw PyExc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
            }
            return truthy(Calls.callMethod(check, cls, new PyObject[] {o}, null));
        }
        if (o.type().isSubtype(c)) {
            return true;
        }
        PyObject check = c.type().lookup("__instancecheck__");
        if (check != null && !c.type().isBuiltin()) {
            return truthy(Calls.callMethod(check, c, new PyObject[] {o}, null));
        }
        return false;
    }

    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType) && cls.type().lookup("__subclasscheck__") != null) {
            return truthy(Calls.callMethod(cls.type().lookup("__subclasscheck__"), cls, new PyObject[] {sub}, null));
        }
        if (!(sub instanceof PyType s)) {
            throw PyExc.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType c)) {
            throw PyExc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        PyObject check = c.type().isBuiltin() ? null : c.type().lookup("__subclasscheck__");
        if (check != null && check != Types.TYPE.lookup("__subclasscheck__")) {
            return truthy(Calls.callMethod(check, c, new PyObject[] {s}, null));
        }
        return s.isSubtype(c);
    }

    /** Emits a dispatch event when the fine trace is on. */
    public static void dispatched(String operation, String method, PyType type) {
        if (type.isBuiltin()) {
            return;
        }
        DispatchProbes.searched(operation, method, type);
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            PyType owner = type.lookupOwner(method);
            ts.emit(new DispatchEvent.SpecialMethodCalled(ts.threadId(), operation, method,
                    owner == null ? type.name() : owner.name(), "found on " + type.name() + "'s MRO"));
        }
    }
}
