package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.ouroboros.vm.object.SetTable;
import java.util.Set;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code set} and {@code frozenset}. */
public final class SetType {
    private SetType() {}

    static Set<PyObject> items(PyObject o) {
        return ((PySet) o).items();
    }

    static void install() {
        for (PyType type : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = type == Types.FROZENSET;
            TypeBuilder t = new TypeBuilder(type);
            t.constructor((cls, args, kw) -> {
                PySet s = new PySet((PyType) cls);
                if (frozen && args.length > 0 && args[0] instanceof PySet other) {
                    s.items().addAll(other.items());
                } else if (frozen && args.length > 0) {
                    for (PyObject o : Ops.iterable(args[0])) {
                        Ops.hash(o);
                        s.items().add(o);
                    }
                }
                return s;
            });
            if (!frozen) {
                t.method("__init__", (self, args, kw) -> {
                    Args a = Args.parse("set", args, kw, 0, "iterable", "/");
                    items(self).clear();
                    if (a.has(0) && a.get(0) instanceof PySet other) {
                        items(self).addAll(other.items());
                    } else if (a.has(0)) {
                        for (PyObject o : Ops.iterable(a.get(0))) {
                            Ops.hash(o);
                            items(self).add(o);
                        }
                    }
                    return NONE;
                });
            }
            t.method0("__repr__", self -> {
                String name = self.type().name();
                if (items(self).isEmpty()) {
                    return new PyStr(name + "()");
                }
                String body = Sequences.repr(self, new java.util.ArrayList<>(items(self)), "{", "}", false);
                return new PyStr(self.type() == Types.SET ? body : name + "(" + body + ")");
            });
            if (frozen) {
                t.method0("__hash__", self -> {
                    long h = 0;
                    for (PyObject o : items(self)) {
                        h ^= Ops.hash(o) * 0x9e3779b97f4a7c15L;
                    }
                    return PyInt.of(h == -1 ? -2 : h);
                });
            } else {
                t.constant("__hash__", NONE);
            }
            t.method0("__len__", self -> PyInt.of(items(self).size()));
            t.method1("__contains__", (self, o) -> {
                Ops.hash(o);
                return PyBool.of(items(self).contains(o));
            });
            t.method0("__iter__", self -> PyIter.over(Types.SET_ITERATOR, items(self).iterator(),
                    "Set changed size during iteration"));
            t.method1("__or__", (self, o) -> o instanceof PySet s ? make(self, union(items(self), s.items())) : NOT_IMPLEMENTED);
            t.method1("__and__", (self, o) -> o instanceof PySet s ? make(self, inter(items(self), s.items())) : NOT_IMPLEMENTED);
            t.method1("__sub__", (self, o) -> o instanceof PySet s ? make(self, diff(items(self), s.items())) : NOT_IMPLEMENTED);
            t.method1("__xor__", (self, o) -> o instanceof PySet s ? make(self, sym(items(self), s.items())) : NOT_IMPLEMENTED);
            // the reflected forms: the left operand is a set too (else NotImplemented), and names the result type
            t.method1("__ror__", (self, o) -> o instanceof PySet s ? make(o, union(s.items(), items(self))) : NOT_IMPLEMENTED);
            t.method1("__rand__", (self, o) -> o instanceof PySet s ? make(o, inter(s.items(), items(self))) : NOT_IMPLEMENTED);
            t.method1("__rsub__", (self, o) -> o instanceof PySet s ? make(o, diff(s.items(), items(self))) : NOT_IMPLEMENTED);
            t.method1("__rxor__", (self, o) -> o instanceof PySet s ? make(o, sym(s.items(), items(self))) : NOT_IMPLEMENTED);
            t.method1("__eq__", (self, o) -> o instanceof PySet s ? PyBool.of(items(self).equals(s.items())) : NOT_IMPLEMENTED);
            t.method1("__ne__", (self, o) -> o instanceof PySet s ? PyBool.of(!items(self).equals(s.items())) : NOT_IMPLEMENTED);
            t.method1("__le__", (self, o) -> o instanceof PySet s ? PyBool.of(s.items().containsAll(items(self))) : NOT_IMPLEMENTED);
            t.method1("__ge__", (self, o) -> o instanceof PySet s ? PyBool.of(items(self).containsAll(s.items())) : NOT_IMPLEMENTED);
            t.method1("__lt__", (self, o) -> o instanceof PySet s
                    ? PyBool.of(s.items().containsAll(items(self)) && s.items().size() > items(self).size()) : NOT_IMPLEMENTED);
            t.method1("__gt__", (self, o) -> o instanceof PySet s
                    ? PyBool.of(items(self).containsAll(s.items()) && items(self).size() > s.items().size()) : NOT_IMPLEMENTED);
            t.method("union", (self, args, kw) -> {
                Set<PyObject> r = copy(items(self));
                for (PyObject a : args) {
                    r = union(r, collect(a));
                }
                return make(self, r);
            });
            t.method("intersection", (self, args, kw) -> {
                Set<PyObject> r = copy(items(self));
                for (PyObject a : args) {
                    r = inter(r, collect(a));
                }
                return make(self, r);
            });
            t.method("difference", (self, args, kw) -> {
                Set<PyObject> r = copy(items(self));
                for (PyObject a : args) {
                    r = diff(r, collect(a));
                }
                return make(self, r);
            });
            t.method1("symmetric_difference", (self, o) -> make(self, sym(items(self), collect(o))));
            t.method1("issubset", (self, o) -> PyBool.of(collect(o).containsAll(items(self))));
            t.method1("issuperset", (self, o) -> PyBool.of(items(self).containsAll(collect(o))));
            t.method1("isdisjoint", (self, o) -> PyBool.of(inter(items(self), collect(o)).isEmpty()));
            t.method0("copy", self -> make(self, copy(items(self))));
            if (!frozen) {
                t.method1("add", (self, o) -> {
                    Ops.hash(o);
                    items(self).add(o);
                    return NONE;
                });
                t.method1("remove", (self, o) -> {
                    if (!items(self).remove(o)) {
                        throw PyExc.keyError(o);
                    }
                    return NONE;
                });
                t.method1("discard", (self, o) -> {
                    items(self).remove(o);
                    return NONE;
                });
                t.method0("pop", self -> {
                    if (items(self).isEmpty()) {
                        throw PyExc.raise(PyExc.KEY_ERROR, "pop from an empty set");
                    }
                    return ((PySet) self).table().pop();
                });
                t.method0("clear", self -> {
                    items(self).clear();
                    return NONE;
                });
                t.method("update", (self, args, kw) -> {
                    for (PyObject a : args) {
                        items(self).addAll(collect(a));
                    }
                    return NONE;
                });
                // the in-place operators mutate the set itself (aliases see it) and take only sets
                t.method1("__ior__", (self, o) -> {
                    if (!(o instanceof PySet)) {
                        return NOT_IMPLEMENTED;
                    }
                    items(self).addAll(collect(o));
                    return self;
                });
                t.method1("__iand__", (self, o) -> {
                    if (!(o instanceof PySet other)) {
                        return NOT_IMPLEMENTED;
                    }
                    SetTable r = inter(items(self), other.items());
                    items(self).clear();
                    items(self).addAll(r);
                    return self;
                });
                t.method1("__isub__", (self, o) -> {
                    if (!(o instanceof PySet other)) {
                        return NOT_IMPLEMENTED;
                    }
                    if (other == self) {
                        items(self).clear();
                    } else {
                        items(self).removeAll(other.items());
                    }
                    return self;
                });
                t.method1("__ixor__", (self, o) -> {
                    if (!(o instanceof PySet)) {
                        return NOT_IMPLEMENTED;
                    }
                    symmetricUpdate(self, o);
                    return self;
                });
                t.method1("symmetric_difference_update", (self, o) -> {
                    symmetricUpdate(self, o);
                    return NONE;
                });
                t.method("difference_update", (self, args, kw) -> {
                    for (PyObject a : args) {
                        items(self).removeAll(collect(a));
                    }
                    return NONE;
                });
                t.method("intersection_update", (self, args, kw) -> {
                    for (PyObject a : args) {
                        // CPython swaps in the intersection's table (set_swap_bodies), so its layout is what remains.
                        SetTable r = inter(items(self), collect(a));
                        items(self).clear();
                        items(self).addAll(r);
                    }
                    return NONE;
                });
            }
        }
    }

    /** CPython's set_symmetric_difference_update: each of the other's items is removed if present, else added. */
    private static void symmetricUpdate(PyObject self, PyObject o) {
        if (o == self) {
            items(self).clear();
            return;
        }
        for (PyObject x : new ArrayList<>(collect(o))) {
            if (!items(self).remove(x)) {
                items(self).add(x);
            }
        }
    }

    private static Set<PyObject> collect(PyObject o) {
        if (o instanceof PySet s) {
            return s.items();
        }
        Set<PyObject> r = new LinkedHashSet<>();
        for (PyObject x : Ops.iterable(o)) {
            r.add(x);
        }
        return r;
    }

    /** The result set owns {@code items} when it is a fresh table (as CPython returns its result object). */
    private static PySet make(PyObject like, Set<PyObject> items) {
        PyType type = like.type().isSubtype(Types.FROZENSET) ? Types.FROZENSET : Types.SET;
        if (items instanceof SetTable table) {
            return new PySet(type, table);
        }
        PySet s = new PySet(type);
        s.items().addAll(items);
        return s;
    }

    /** set_copy: a new table merged from {@code a} (CPython's layout rules for the copy). */
    private static SetTable copy(Set<PyObject> a) {
        SetTable r = new SetTable();
        r.addAll(a);
        return r;
    }

    /** set_or: a copy of a, then b merged in. */
    private static SetTable union(Set<PyObject> a, Set<PyObject> b) {
        SetTable r = copy(a);
        r.addAll(b);
        return r;
    }

    /** set_intersection: walks the smaller set, keeps what the larger contains. */
    private static SetTable inter(Set<PyObject> a, Set<PyObject> b) {
        Set<PyObject> small = b.size() > a.size() ? a : b;
        Set<PyObject> large = small == a ? b : a;
        SetTable r = new SetTable();
        for (PyObject o : small) {
            if (large.contains(o)) {
                r.add(o);
            }
        }
        return r;
    }

    /** set_difference: a copy with b's members discarded when a is much larger, else a's members not in b. */
    private static SetTable diff(Set<PyObject> a, Set<PyObject> b) {
        if ((a.size() >> 2) > b.size()) {
            SetTable r = copy(a);
            for (PyObject o : b) {
                r.remove(o);
            }
            return r;
        }
        SetTable r = new SetTable();
        for (PyObject o : a) {
            if (!b.contains(o)) {
                r.add(o);
            }
        }
        return r;
    }

    /** set_symmetric_difference: a copy of b, then each member of a discarded if there, else added. */
    private static SetTable sym(Set<PyObject> a, Set<PyObject> b) {
        SetTable r = copy(b);
        for (PyObject o : a) {
            if (!r.remove(o)) {
                r.add(o);
            }
        }
        return r;
    }
}
