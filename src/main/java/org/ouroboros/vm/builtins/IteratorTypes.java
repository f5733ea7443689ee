package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** Builtin iterators, dict views, mappingproxy, and enumerate/zip/map/filter/reversed. */
public final class IteratorTypes {
    private IteratorTypes() {}

    /** A dict view ({@code dict_keys} etc.): a live window on the dict. */
    static final class DictView extends PyObject {
        final PyDict dict;

        DictView(PyType type, PyDict dict) {
            super(type);
            this.dict = dict;
        }
    }

    /** A read-only mapping over a class namespace. */
    static final class MappingProxy extends PyObject {
        final PyDict dict;

        MappingProxy(PyDict dict) {
            super(Types.MAPPINGPROXY);
            this.dict = dict;
        }
    }

    static PyObject view(PyType type, PyDict d) {
        return new DictView(type, d);
    }

    static PyObject mappingProxy(PyDict d) {
        return new MappingProxy(d);
    }

    static PyIter keyIterator(PyDict d) {
        return dictIterator(Types.DICT_KEYITERATOR, d);
    }

    private static PyIter viewIterator(DictView v) {
        return dictIterator(v.type() == Types.DICT_KEYS ? Types.DICT_KEYITERATOR
                : v.type() == Types.DICT_VALUES ? Types.DICT_VALUEITERATOR : Types.DICT_ITEMITERATOR, v.dict);
    }

    /**
     * CPython's dictiter: walks entry positions, expecting the size it started with (a change is
     * an error every time it is asked again) and at most that many items (more means keys were
     * swapped: an error, then the iterator is exhausted).
     */
    private static PyIter dictIterator(PyType type, PyDict d) {
        final class Position {
            int next;
            int expectedSize = d.size();
            int left = d.size();
        }
        Position p = new Position();
        return new PyIter(type, () -> {
            if (p.left < 0) {
                return null;
            }
            if (d.size() != p.expectedSize) {
                p.expectedSize = -1;
                throw PyExc.runtimeError("dictionary changed size during iteration");
            }
            int n = d.entryLimit();
            int i = p.next;
            while (i < n && d.keyAt(i) == null) {
                i++;
            }
            if (i >= n) {
                p.left = -1;
                return null;
            }
            if (p.left == 0) {
                p.left = -1;
                throw PyExc.runtimeError("dictionary keys changed during iteration");
            }
            p.next = i + 1;
            p.left--;
            return type == Types.DICT_KEYITERATOR ? d.keyAt(i)
                    : type == Types.DICT_VALUEITERATOR ? d.valueAt(i) : new PyTuple(d.keyAt(i), d.valueAt(i));
        });
    }

    /** CPython's dictreviter ({@code reversed(d)}): from the last entry position down; a size change is an error. */
    static PyIter reverseKeyIterator(PyDict d) {
        return reverseIterator(Types.DICT_REVERSEKEYITERATOR, d);
    }

    /** {@code reversed(d)}, {@code reversed(d.values())} or {@code reversed(d.items())}, by {@code type}. */
    private static PyIter reverseIterator(PyType type, PyDict d) {
        int[] state = {d.entryLimit() - 1, d.size()};
        return new PyIter(type, () -> {
            if (d.size() != state[1]) {
                state[1] = -1;
                throw PyExc.runtimeError("dictionary changed size during iteration");
            }
            int i = state[0];
            while (i >= 0 && d.keyAt(i) == null) {
                i--;
            }
            if (i < 0) {
                return null;
            }
            state[0] = i - 1;
            return type == Types.DICT_REVERSEKEYITERATOR ? d.keyAt(i)
                    : type == Types.DICT_REVERSEVALUEITERATOR ? d.valueAt(i) : new PyTuple(d.keyAt(i), d.valueAt(i));
        });
    }

    static void install() {
        for (PyType t : new PyType[] {Types.LIST_ITERATOR, Types.LIST_REVERSEITERATOR, Types.TUPLE_ITERATOR,
                Types.RANGE_ITERATOR, Types.STR_ITERATOR, Types.BYTES_ITERATOR, Types.DICT_KEYITERATOR,
                Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR, Types.SET_ITERATOR, Types.SEQ_ITERATOR,
                Types.CALLABLE_ITERATOR, Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED,
                Types.DICT_REVERSEKEYITERATOR, Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR}) {
            TypeBuilder b = new TypeBuilder(t);
            b.method0("__iter__", self -> self);
            b.method0("__next__", self -> {
                PyObject v = ((PyIter) self).next();
                if (v == null) {
                    throw PyExc.stopIteration(null);
                }
                return v;
            });
        }
        new TypeBuilder(Types.ENUMERATE).constructor((cls, args, kw) -> {
            if (args.length == 0) { // 3.11's enumerate_vectorcall words it without "(pos 1)"
                throw PyExc.typeError("enumerate() missing required argument 'iterable'");
            }
            Args a = Args.parse("enumerate", args, kw, 1, "iterable", "start");
            PyObject it = Ops.iter(a.get(0));
            long[] i = {a.has(1) ? Ops.index(a.get(1)) : 0};
            return new PyIter(Types.ENUMERATE, () -> {
                PyObject v = Ops.next(it);
                return v == null ? null : new PyTuple(PyInt.of(i[0]++), v);
            });
        });
        new TypeBuilder(Types.ZIP).constructor((cls, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            for (int k = 0; kw != null && k < kw.length; k++) {
                if (!kw[k].equals("strict")) {
                    throw PyExc.typeError("'" + kw[k] + "' is an invalid keyword argument for zip()");
                }
            }
            boolean strict = kw != null && kw.length > 0 && Ops.truthy(args[npos]);
            List<PyObject> its = new ArrayList<>();
            for (int i = 0; i < npos; i++) {
                its.add(Ops.iter(args[i]));
            }
            return new PyIter(Types.ZIP, () -> {
                if (its.isEmpty()) {
                    return null;
                }
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Ops.next(its.get(i));
                    if (row[i] == null) {
                        if (strict && i > 0) {
                            throw PyExc.valueError("zip() argument " + (i + 1) + " is shorter than " + earlierArguments(i));
                        }
                        for (int k = 1; strict && k < row.length; k++) {
                            if (Ops.next(its.get(k)) != null) {
                                throw PyExc.valueError("zip() argument " + (k + 1) + " is longer than " + earlierArguments(k));
                            }
                        }
                        return null;
                    }
                }
                return new PyTuple(row);
            });
        });
        new TypeBuilder(Types.MAP).constructor((cls, args, kw) -> {
            if (args.length < 2) {
                throw PyExc.typeError("map() must have at least two arguments.");
            }
            PyObject fn = args[0];
            List<PyObject> its = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                its.add(Ops.iter(args[i]));
            }
            return new PyIter(Types.MAP, () -> {
                PyObject[] row = new PyObject[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Ops.next(its.get(i));
                    if (row[i] == null) {
                        return null;
                    }
                }
                return fn.call(row);
            });
        });
        new TypeBuilder(Types.FILTER).constructor((cls, args, kw) -> {
            PyObject fn = args[0];
            PyObject it = Ops.iter(args[1]);
            return new PyIter(Types.FILTER, () -> {
                for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                    if (fn == NONE ? Ops.truthy(v) : Ops.truthy(fn.call(v))) {
                        return v;
                    }
                }
                return null;
            });
        });
        new TypeBuilder(Types.REVERSED).constructor((cls, args, kw) -> {
            PyObject seq = args[0];
            PyObject rev = seq.type().lookup("__reversed__");
            if (rev != null) {
                return Calls.callMethod(rev, seq, new PyObject[0], null);
            }
            if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null || seq instanceof PyDict) {
                throw PyExc.typeError("'" + seq.type().name() + "' object is not reversible");
            }
            long[] i = {Ops.len(seq) - 1};
            return new PyIter(Types.REVERSED, () -> i[0] >= 0 ? Ops.getItem(seq, PyInt.of(i[0]--)) : null);
        });
        for (PyType t : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
            TypeBuilder b = new TypeBuilder(t);
            b.method0("__iter__", self -> viewIterator((DictView) self));
            b.method0("__len__", self -> PyInt.of(((DictView) self).dict.size()));
            b.method0("__reversed__", self -> {
                DictView v = (DictView) self;
                return reverseIterator(v.type() == Types.DICT_KEYS ? Types.DICT_REVERSEKEYITERATOR
                        : v.type() == Types.DICT_VALUES ? Types.DICT_REVERSEVALUEITERATOR : Types.DICT_REVERSEITEMITERATOR,
                        v.dict);
            });
            b.method1("__contains__", (self, o) -> {
                DictView v = (DictView) self;
                if (v.type() == Types.DICT_KEYS) {
                    return PyBool.of(v.dict.containsKey(o));
                }
                for (PyObject x : Ops.iterable(self)) {
                    if (Ops.eqBool(x, o)) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            });
            b.method0("__repr__", self -> {
                List<PyObject> items = new ArrayList<>();
                for (PyObject o : Ops.iterable(self)) {
                    items.add(o);
                }
                return new PyStr(self.type().name() + "(" + Sequences.repr(self, items, "[", "]", false) + ")");
            });
            if (t != Types.DICT_VALUES) {
                String[] ops = {"__and__", "__or__", "__sub__", "__xor__", "__rand__", "__ror__", "__rsub__", "__rxor__"};
                for (String op : ops) {
                    b.method1(op, (self, o) -> {
                        PySet a = new PySet();
                        for (PyObject x : Ops.iterable(self)) {
                            a.items().add(x);
                        }
                        PySet c = new PySet();
                        for (PyObject x : Ops.iterable(o)) {
                            c.items().add(x);
                        }
                        boolean reflected = op.startsWith("__r");
                        String base = reflected ? "__" + op.substring(3) : op;
                        return Ops.binary(reflected ? c : a, reflected ? a : c,
                                switch (base) {
                                    case "__and__" -> 1;
                                    case "__or__" -> 7;
                                    case "__sub__" -> 10;
                                    default -> 12;
                                });
                    });
                }
                b.method1("isdisjoint", (self, o) -> {
                    for (PyObject x : Ops.iterable(o)) {
                        if (Ops.contains(self, x)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                });
                b.method1("__eq__", (self, o) -> {
                    PySet a = new PySet();
                    for (PyObject x : Ops.iterable(self)) {
                        a.items().add(x);
                    }
                    PySet c = new PySet();
                    try {
                        for (PyObject x : Ops.iterable(o)) {
                            c.items().add(x);
                        }
                    } catch (org.ouroboros.vm.object.PyException e) {
                        return NOT_IMPLEMENTED;
                    }
                    return PyBool.of(a.items().equals(c.items()));
                });
            }
        }
        TypeBuilder mp = new TypeBuilder(Types.MAPPINGPROXY);
        mp.constructor((cls, args, kw) -> {
            Args a = Args.parse("mappingproxy", args, kw, 1, "mapping");
            if (!(a.get(0) instanceof PyDict d)) {
                throw PyExc.typeError("mappingproxy() argument must be a mapping, not " + a.get(0).type().name());
            }
            return new MappingProxy(d);
        });
        mp.method0("__str__", self -> Ops.str(((MappingProxy) self).dict));
        mp.method0("__repr__", self -> new PyStr("mappingproxy(" + Ops.repr(((MappingProxy) self).dict).value() + ")"));
        mp.method1("__getitem__", (self, k) -> Ops.getItem(((MappingProxy) self).dict, k));
        mp.method1("__contains__", (self, k) -> PyBool.of(((MappingProxy) self).dict.containsKey(k)));
        mp.method0("__iter__", self -> keyIterator(((MappingProxy) self).dict));
        mp.method0("__len__", self -> PyInt.of(((MappingProxy) self).dict.size()));
        mp.method0("keys", self -> view(Types.DICT_KEYS, ((MappingProxy) self).dict));
        mp.method0("values", self -> view(Types.DICT_VALUES, ((MappingProxy) self).dict));
        mp.method0("items", self -> view(Types.DICT_ITEMS, ((MappingProxy) self).dict));
        mp.method("get", (self, args, kw) -> {
            PyObject v = ((MappingProxy) self).dict.get(args[0]);
            return v != null ? v : args.length > 1 ? args[1] : NONE;
        });
        mp.method0("copy", self -> {
            PyDict d = new PyDict();
            d.putAll(((MappingProxy) self).dict);
            return d;
        });
    }

    static PyList list(PyObject iterable) {
        PyList l = new PyList();
        for (PyObject o : Ops.iterable(iterable)) {
            l.append(o);
        }
        return l;
    }

    /** "argument 1" or "arguments 1-3": the zip() arguments before argument {@code i + 1}. */
    private static String earlierArguments(int i) {
        return i == 1 ? "argument 1" : "arguments 1-" + i;
    }
}
