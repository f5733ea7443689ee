package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.ELLIPSIS;
import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * The objects type hints evaluate to: {@code list[int]} ({@code types.GenericAlias}, from a
 * builtin container's {@code __class_getitem__}) and {@code int | None} ({@code types.UnionType},
 * from {@code type.__or__}), with CPython's reprs, equality and isinstance rules.
 */
final class GenericAliasTypes {
    private GenericAliasTypes() {}

    /** {@code origin[args]}. */
    static final class PyGenericAlias extends PyObject {
        final PyObject origin;
        final PyTuple args;

        PyGenericAlias(PyObject origin, PyObject args) {
            super(Types.GENERIC_ALIAS);
            this.origin = origin;
            this.args = args instanceof PyTuple t ? t : new PyTuple(args);
        }
    }

    /** {@code a | b | ...}, flattened and without repeats. */
    static final class PyUnion extends PyObject {
        final PyTuple args;

        PyUnion(PyTuple args) {
            super(Types.UNION_TYPE);
            this.args = args;
        }
    }

    static void install() {
        installGenericAlias();
        installUnion();
        for (PyType container : new PyType[] {Types.LIST, Types.DICT, Types.TUPLE, Types.SET, Types.FROZENSET,
                Types.TYPE}) {
            new TypeBuilder(container).classMethod("__class_getitem__",
                    (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
        }
        TypeBuilder type = new TypeBuilder(Types.TYPE);
        type.method1("__or__", GenericAliasTypes::union);
        type.method1("__ror__", (self, other) -> union(other, self));
    }

    private static void installGenericAlias() {
        TypeBuilder t = new TypeBuilder(Types.GENERIC_ALIAS);
        t.constant("__module__", new PyStr("types"));
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("GenericAlias", args, kw, 2, "origin", "args");
            return new PyGenericAlias(a.get(0), a.get(1));
        });
        t.getter("__origin__", self -> ((PyGenericAlias) self).origin);
        t.getter("__args__", self -> ((PyGenericAlias) self).args);
        t.getter("__parameters__", self -> PyTuple.EMPTY);
        t.method0("__repr__", self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(itemRepr(g.origin)).append('[');
            if (g.args.size() == 0) {
                sb.append("()");
            }
            for (int i = 0; i < g.args.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(itemRepr(g.args.get(i)));
            }
            return new PyStr(sb.append(']').toString());
        });
        t.method("__call__", (self, args, kw) -> {
            PyObject made = ((PyGenericAlias) self).origin.call(args, kw);
            try {
                Attributes.set(made, "__orig_class__", self);
            } catch (PyException e) {
                if (!e.matches(PyExc.ATTRIBUTE_ERROR) && !e.matches(PyExc.TYPE_ERROR)) {
                    throw e;
                }
            }
            return made;
        });
        t.method1("__mro_entries__", (self, bases) -> new PyTuple(((PyGenericAlias) self).origin));
        t.method1("__instancecheck__", (self, o) -> {
            throw PyExc.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        t.method1("__subclasscheck__", (self, o) -> {
            throw PyExc.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        t.method1("__eq__", (self, o) -> {
            if (!(o instanceof PyGenericAlias other)) {
                return NOT_IMPLEMENTED;
            }
            PyGenericAlias g = (PyGenericAlias) self;
            return PyBool.of(Ops.eqBool(g.origin, other.origin) && Ops.eqBool(g.args, other.args));
        });
        t.method0("__hash__", self -> PyInt.of(Ops.hash(((PyGenericAlias) self).origin) ^ Ops.hash(((PyGenericAlias) self).args)));
        t.method1("__or__", GenericAliasTypes::union);
        t.method1("__ror__", (self, other) -> union(other, self));
    }

    private static void installUnion() {
        TypeBuilder t = new TypeBuilder(Types.UNION_TYPE);
        t.constant("__module__", new PyStr("types"));
        t.getter("__args__", self -> ((PyUnion) self).args);
        t.getter("__parameters__", self -> PyTuple.EMPTY);
        t.method0("__repr__", self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : ((PyUnion) self).args.items()) {
                sb.append(sb.length() > 0 ? " | " : "").append(a == Types.NONE_TYPE ? "None" : itemRepr(a));
            }
            return new PyStr(sb.toString());
        });
        t.method1("__instancecheck__", (self, o) -> {
            for (PyObject a : ((PyUnion) self).args.items()) {
                if (Ops.isInstance(o, a)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method1("__subclasscheck__", (self, o) -> {
            for (PyObject a : ((PyUnion) self).args.items()) {
                if (Ops.isSubclass(o, a)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method1("__eq__", (self, o) -> {
            if (!(o instanceof PyUnion other)) {
                return NOT_IMPLEMENTED;
            }
            List<PyObject> mine = ((PyUnion) self).args.asList();
            List<PyObject> theirs = other.args.asList();
            return PyBool.of(mine.size() == theirs.size() && contains(mine, theirs) && contains(theirs, mine));
        });
        t.method0("__hash__", self -> {
            long h = 0;
            for (PyObject a : ((PyUnion) self).args.items()) {
                h ^= Ops.hash(a);
            }
            return PyInt.of(h);
        });
        t.method1("__or__", GenericAliasTypes::union);
        t.method1("__ror__", (self, other) -> union(other, self));
    }

    private static boolean contains(List<PyObject> all, List<PyObject> some) {
        for (PyObject s : some) {
            if (all.stream().noneMatch(a -> Ops.eqBool(a, s))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a | b}: NotImplemented unless both are None, classes, aliases or unions. */
    private static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return NOT_IMPLEMENTED;
        }
        List<PyObject> args = new ArrayList<>();
        for (PyObject side : new PyObject[] {a, b}) {
            List<PyObject> items = side instanceof PyUnion u ? u.args.asList() : List.of(side == NONE ? Types.NONE_TYPE : side);
            for (PyObject item : items) {
                if (args.stream().noneMatch(x -> x == item || x instanceof PyGenericAlias && Ops.eqBool(x, item))) {
                    args.add(item);
                }
            }
        }
        return args.size() == 1 ? args.get(0) : new PyUnion(PyTuple.of(args));
    }

    private static boolean unionable(PyObject o) {
        return o == NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
    }

    /** A type by its qualified name (builtins unprefixed), an alias by its repr, ... for Ellipsis. */
    private static String itemRepr(PyObject o) {
        if (o == ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            String module = t.moduleName();
            return module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        }
        return Ops.repr(o).value();
    }
}
