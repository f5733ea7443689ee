package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.probe.DispatchProbes;

/** {@code object}: the root class — default new/init, repr, equality, attribute access. */
public final class ObjectType {
    private ObjectType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.OBJECT);
        t.constructor((cls, args, kw) -> objectNew((PyType) cls, args, kw));
        t.method("__init__", (self, args, kw) -> {
            boolean excess = args.length > 0;
            if (excess) {
                PyType type = self.type();
                if (type.lookup("__init__") != Types.OBJECT.lookup("__init__")) {
                    throw PyExc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (type.lookup("__new__") == Types.OBJECT.lookup("__new__")) {
                    throw PyExc.typeError(type.name() + "() takes no arguments");
                }
            }
            return NONE;
        });
        t.method0("__repr__", self -> new PyStr(Ops.defaultRepr(self)));
        t.method0("__str__", self -> {
            DispatchProbes.strFallsBackToRepr(self);
            return Ops.repr(self);
        });
        t.method1("__eq__", (self, o) -> self == o ? PyBool.TRUE : NOT_IMPLEMENTED);
        t.method1("__ne__", (self, o) -> {
            PyObject eq = Ops.compare(self, o, 2);
            return eq == NOT_IMPLEMENTED ? eq : PyBool.of(!Ops.truthy(eq));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.method1(cmp, (self, o) -> NOT_IMPLEMENTED);
        }
        t.method0("__hash__", self -> PyInt.of(self.id() >> 4));
        t.method1("__getattribute__", (self, name) -> {
            PyObject v = self instanceof PyType c ? Attributes.typeLookup(c, str(name))
                    : Attributes.genericLookup(self, str(name));
            if (v == null) {
                throw Attributes.missing(self, str(name));
            }
            return v;
        });
        Attributes.objectGetattribute = Types.OBJECT.lookup("__getattribute__");
        t.method2("__setattr__", (self, name, value) -> {
            Attributes.genericSet(self, str(name), value);
            return NONE;
        });
        Attributes.objectSetattr = Types.OBJECT.lookup("__setattr__");
        t.method1("__delattr__", (self, name) -> {
            Attributes.genericDelete(self, str(name));
            return NONE;
        });
        Attributes.objectDelattr = Types.OBJECT.lookup("__delattr__");
        t.attribute("__class__", PyObject::type, ObjectType::assignClass);
        t.classMethod("__init_subclass__", (cls, args, kw) -> {
            if (args.length > 0 || (kw != null && kw.length > 0)) {
                throw PyExc.typeError(((PyType) cls).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return NONE;
        });
        t.method1("__format__", (self, spec) -> {
            String s = str(spec);
            if (!s.isEmpty()) {
                throw PyExc.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
            }
            return Ops.str(self);
        });
        t.method0("__dir__", self -> new PyList(Introspection.dir(self)));
        t.method0("__sizeof__", self -> PyInt.of(16));
        t.method0("__reduce__", self -> {
            throw PyExc.typeError("cannot pickle '" + self.type().name() + "' object");
        });
        t.method1("__reduce_ex__", (self, protocol) -> Attributes.get(self, "__reduce__").call());
        t.method0("__getstate__", self -> {
            // the instance's attributes, or None when it has none (CPython 3.11's object.__getstate__)
            PyObject d = self.dict();
            return d instanceof org.ouroboros.vm.object.PyDict pd && pd.size() > 0 ? pd : NONE;
        });
        t.classMethod("__subclasshook__", (cls, args, kw) -> NOT_IMPLEMENTED);
        t.getter("__doc__", self -> NONE);
    }

    /** "Can't instantiate abstract class X with abstract method(s) a, b" (names sorted). */
    private static PyException abstractInstantiation(PyType cls) {
        List<String> names = new ArrayList<>();
        for (PyObject n : Ops.iterable(Attributes.get(cls, "__abstractmethods__"))) {
            names.add(Ops.str(n).value());
        }
        java.util.Collections.sort(names);
        return PyExc.typeError("Can't instantiate abstract class " + cls.name() + " with abstract method"
                + (names.size() == 1 ? " " : "s ") + String.join(", ", names));
    }

    /** object.__new__(cls): a bare instance; complains about arguments as CPython does. */
    static PyObject objectNew(PyType cls, PyObject[] args, String[] kw) {
        boolean excess = args.length > 0;
        if (excess) {
            if (cls.lookup("__new__") != Types.OBJECT.lookup("__new__")) {
                throw PyExc.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == Types.OBJECT.lookup("__init__")) {
                throw PyExc.typeError(cls.name() + "() takes no arguments");
            }
        }
        if (cls.isAbstract()) {
            throw abstractInstantiation(cls);
        }
        if (cls.isBuiltin() && cls != Types.OBJECT && cls.solidBase() != Types.OBJECT
                && !cls.isSubtype(org.ouroboros.vm.object.PyExc.BASE_EXCEPTION)) {
            throw PyExc.typeError("object.__new__(" + cls.name() + ") is not safe, use " + cls.name() + ".__new__()");
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.vm().countObject();
        }
        PyObject obj = cls.allocate();
        if (ts != null && ts.coarse()) {
            ts.emit(new org.ouroboros.trace.ExecutionEvent.ObjectCreated(ts.threadId(), obj.id(), cls.name(),
                    Ops.defaultRepr(obj)));
            org.ouroboros.vm.interp.ObjectTracing.instanceCreated(ts, obj);
        }
        return obj;
    }

    static String str(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyExc.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return s.value();
    }

    static PyDict dictOf(PyObject o) {
        return o.dict();
    }

    /**
     * {@code obj.__class__ = cls} with CPython's rules (object_set_class): builtin classes are
     * immutable (module subclasses excepted), and the two layouts must be compatible.
     */
    static void assignClass(PyObject self, PyObject v) {
        if (v == null) {
            throw PyExc.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType nt)) {
            throw PyExc.typeError("__class__ must be set to a class, not '" + v.type().name() + "' object");
        }
        PyType old = self.type();
        boolean bothModules = nt.isSubtype(Types.MODULE) && old.isSubtype(Types.MODULE);
        if (!bothModules && (nt.isBuiltin() || old.isBuiltin())) {
            throw PyExc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!layout(nt).equals(layout(old))) {
            throw PyExc.typeError("__class__ assignment: '" + nt.name() + "' object layout differs from '"
                    + old.name() + "'");
        }
        self.setType(nt);
    }

    /** What decides an instance's memory layout: the builtin base, slots added on the way, a __dict__. */
    private static java.util.List<Object> layout(PyType t) {
        java.util.List<Object> key = new java.util.ArrayList<>();
        PyType c = t;
        while (c != null && !c.isBuiltin()) {
            if (c.slots() != null && !c.slots().isEmpty()) {
                key.add(c.slots());
            }
            c = c.base();
        }
        key.add(t.solidBase());
        key.add(t.instancesHaveDict());
        return key;
    }
}
