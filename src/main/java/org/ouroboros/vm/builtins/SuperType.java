package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PySuper;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code super()}: zero-argument form reads {@code __class__} and the first argument from the
 * calling frame; lookups search the MRO of the object's class after the given class.
 */
public final class SuperType {
    private SuperType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.SUPER);
        t.constructor((cls, args, kw) -> new PySuper((PyType) cls));
        t.method("__init__", (self, args, kw) -> {
            PySuper s = (PySuper) self;
            PyType type;
            PyObject obj;
            if (args.length == 0) {
                Frame f = ThreadState.current().frame();
                if (f == null) {
                    throw PyExc.runtimeError("super(): no current frame");
                }
                obj = f.firstArgument();
                if (obj == null) {
                    throw PyExc.runtimeError("super(): no arguments");
                }
                PyCell cell = f.classCell();
                if (cell == null) {
                    throw PyExc.runtimeError("super(): __class__ cell not found");
                }
                if (!(cell.get() instanceof PyType ct)) {
                    throw PyExc.runtimeError("super(): empty __class__ cell");
                }
                type = ct;
            } else {
                if (!(args[0] instanceof PyType ct)) {
                    throw PyExc.typeError("super() argument 1 must be a type, not " + args[0].type().name());
                }
                type = ct;
                obj = args.length > 1 ? args[1] : null;
            }
            s.thisType = type;
            s.obj = obj == NONE ? null : obj;
            if (s.obj != null) {
                s.objType = checkSuper(type, s.obj);
            }
            return NONE;
        });
        t.method1("__getattribute__", (self, nameObj) -> {
            String name = ObjectType.str(nameObj);
            PySuper s = (PySuper) self;
            if (s.objType != null && !name.equals("__class__")) {
                PyType[] mro = s.objType.mro();
                int i = 0;
                while (i < mro.length && mro[i] != s.thisType) {
                    i++;
                }
                for (i++; i < mro.length; i++) {
                    PyObject v = mro[i].members().get(name);
                    if (v != null) {
                        PyObject bound = Attributes.bindDescriptor(v, s.obj == s.objType ? null : s.obj, s.objType);
                        ThreadState ts = ThreadState.fineOrNull();
                        if (ts != null) {
                            ts.emit(new org.ouroboros.trace.LookupEvent.AttributeLookup(ts.threadId(), s.objType.name(),
                                    name, "super() after " + s.thisType.name(), mro[i].name(), ts.safeRepr(bound)));
                        }
                        return bound;
                    }
                }
            }
            PyObject v = Attributes.genericLookup(self, name);
            if (v == null) {
                throw PyExc.attributeError("'super' object has no attribute '" + name + "'");
            }
            return v;
        });
        t.method2("__get__", (self, obj, cls) -> self);
        t.method0("__repr__", self -> {
            PySuper s = (PySuper) self;
            // CPython's super_repr prints tp_names: <class 'A'>, not the class's own repr
            String type = "<class '" + (s.thisType == null ? "NULL" : s.thisType.tpName()) + "'>";
            if (s.objType != null) {
                return new PyStr("<super: " + type + ", <" + s.objType.tpName() + " object>>");
            }
            return new PyStr("<super: " + type + ", NULL>");
        });
        t.getter("__thisclass__", self -> ((PySuper) self).thisType);
        t.getter("__self__", self -> ((PySuper) self).obj == null ? NONE : ((PySuper) self).obj);
        t.getter("__self_class__", self -> ((PySuper) self).objType == null ? NONE : ((PySuper) self).objType);
    }

    private static PyType checkSuper(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) {
            return ot;
        }
        if (obj.type().isSubtype(type)) {
            return obj.type();
        }
        throw PyExc.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    static String repr(PyObject o) {
        return Ops.repr(o).value();
    }
}
