package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.interp.PyCode;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyGetSet;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyMethodDescriptor;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlotDescriptor;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** Callables and their relatives: function, method, builtins, descriptors, cell, code, module. */
public final class FunctionTypes {
    private FunctionTypes() {}

    static PyFunction fn(PyObject o) {
        return (PyFunction) o;
    }

    static void install() {
        TypeBuilder f = new TypeBuilder(Types.FUNCTION);
        f.method0("__repr__", self -> new PyStr("<function " + fn(self).qualname() + " at " + Ops.address(self) + ">"));
        f.method2("__get__", (self, obj, cls) -> obj == NONE ? self : new PyMethod(self, obj));
        f.attribute("__name__", self -> new PyStr(fn(self).name()),
                (self, v) -> fn(self).setName(stringValue(v, "__name__ must be set to a string object")));
        f.attribute("__qualname__", self -> new PyStr(fn(self).qualname()),
                (self, v) -> fn(self).setQualname(stringValue(v, "__qualname__ must be set to a string object")));
        f.attribute("__doc__", self -> fn(self).doc(), (self, v) -> fn(self).setDoc(v));
        f.attribute("__module__", self -> fn(self).module(), (self, v) -> fn(self).setModule(v));
        f.attribute("__defaults__", self -> fn(self).defaults() == null ? NONE : fn(self).defaults(),
                (self, v) -> fn(self).setDefaults(v == NONE ? null : (PyTuple) v));
        f.attribute("__kwdefaults__", self -> fn(self).kwdefaults() == null ? NONE : fn(self).kwdefaults(),
                (self, v) -> fn(self).setKwdefaults(v == NONE ? null : (PyDict) v));
        f.attribute("__annotations__", self -> fn(self).annotations(), (self, v) -> fn(self).setAnnotations((PyDict) v));
        f.getter("__code__", self -> new PyCode(fn(self).code()));
        f.getter("__globals__", self -> fn(self).globals());
        f.getter("__closure__", self -> fn(self).closure() == null ? NONE : new PyTuple(fn(self).closure()));
        f.constant("__dict__", Attributes.dictDescriptor(Types.FUNCTION));
        for (org.ouroboros.vm.object.PyType ct : new org.ouroboros.vm.object.PyType[] {Types.FUNCTION, Types.METHOD,
                Types.BUILTIN_FUNCTION, Types.METHOD_DESCRIPTOR, Types.WRAPPER_DESCRIPTOR, Types.CLASSMETHOD_DESCRIPTOR}) {
            new TypeBuilder(ct).method("__call__", (self, args, kw) -> self.call(args, kw));
        }
        f.getter("__builtins__", self -> org.ouroboros.vm.interp.ThreadState.current().vm().builtinsDict());

        TypeBuilder m = new TypeBuilder(Types.METHOD);
        m.constructor((cls, args, kw) -> new PyMethod(args[0], args[1]));
        m.method0("__repr__", self -> {
            PyMethod pm = (PyMethod) self;
            String name = pm.function() instanceof PyFunction pf ? pf.qualname()
                    : Ops.str(Attributes.get(pm.function(), "__qualname__")).value();
            return new PyStr("<bound method " + name + " of " + Ops.repr(pm.self()).value() + ">");
        });
        m.getter("__func__", self -> ((PyMethod) self).function());
        m.getter("__self__", self -> ((PyMethod) self).self());
        m.getter("__name__", self -> Attributes.get(((PyMethod) self).function(), "__name__"));
        m.getter("__qualname__", self -> Attributes.get(((PyMethod) self).function(), "__qualname__"));
        m.getter("__doc__", self -> Attributes.get(((PyMethod) self).function(), "__doc__"));
        m.getter("__module__", self -> Attributes.get(((PyMethod) self).function(), "__module__"));
        m.method1("__getattr__", (self, name) -> Attributes.get(((PyMethod) self).function(), ObjectType.str(name)));
        m.method1("__eq__", (self, o) -> PyBool.of(self.equals(o)));
        m.method0("__hash__", self -> PyInt.of(self.hashCode()));
        m.method2("__get__", (self, obj, cls) -> self);

        TypeBuilder b = new TypeBuilder(Types.BUILTIN_FUNCTION);
        b.method0("__repr__", self -> {
            PyBuiltinFunction bf = (PyBuiltinFunction) self;
            if (bf.self() == null || bf.self() instanceof PyModule) {
                return new PyStr("<built-in function " + bf.name() + ">");
            }
            if (bf.self() instanceof PyType t) {
                return new PyStr("<built-in method " + bf.name() + " of type object at " + Ops.address(t) + ">");
            }
            String kind = bf.name().startsWith("__") && bf.name().endsWith("__") ? "method-wrapper '" + bf.name() + "'"
                    : "built-in method " + bf.name();
            String close = kind.startsWith("method-wrapper") ? "" : "";
            return new PyStr("<" + kind + " of " + bf.self().type().name() + " object at " + Ops.address(bf.self()) + ">"
                    + close);
        });
        b.getter("__name__", self -> new PyStr(((PyBuiltinFunction) self).name()));
        b.getter("__qualname__", self -> {
            PyBuiltinFunction bf = (PyBuiltinFunction) self;
            if (bf.self() == null || bf.self() instanceof PyModule) {
                return new PyStr(bf.name());
            }
            PyType owner = bf.self() instanceof PyType t ? t : bf.self().type();
            return new PyStr(owner.name() + "." + bf.name());
        });
        b.getter("__self__", self -> {
            PyBuiltinFunction bf = (PyBuiltinFunction) self;
            PyObject s = bf.self();
            if (s == null && "builtins".equals(bf.moduleName())) { // len.__self__ is the builtins module
                org.ouroboros.vm.interp.ThreadState ts = org.ouroboros.vm.interp.ThreadState.currentOrNull();
                s = ts == null ? null : ts.vm().modules().get("builtins");
            }
            return s == null ? NONE : s;
        });
        b.getter("__module__", self -> {
            String mod = ((PyBuiltinFunction) self).moduleName();
            return mod == null ? NONE : new PyStr(mod);
        });
        b.getter("__doc__", self -> NONE);
        b.method1("__eq__", (self, o) -> o instanceof PyBuiltinFunction ? PyBool.of(self.equals(o)) : NOT_IMPLEMENTED);
        b.method1("__ne__", (self, o) -> o instanceof PyBuiltinFunction ? PyBool.of(!self.equals(o)) : NOT_IMPLEMENTED);
        b.method0("__hash__", self -> PyInt.of(self.hashCode()));

        for (PyType t : new PyType[] {Types.METHOD_DESCRIPTOR, Types.WRAPPER_DESCRIPTOR, Types.CLASSMETHOD_DESCRIPTOR}) {
            TypeBuilder d = new TypeBuilder(t);
            String label = t == Types.WRAPPER_DESCRIPTOR ? "slot wrapper" : "method";
            d.method0("__repr__", self -> {
                PyMethodDescriptor md = (PyMethodDescriptor) self;
                return new PyStr("<" + label + " '" + md.name() + "' of '" + md.owner().name() + "' objects>");
            });
            d.method2("__get__", (self, obj, cls) -> Attributes.bindDescriptor(self, obj == NONE ? null : obj,
                    cls instanceof PyType ct ? ct : obj.type()));
            d.getter("__name__", self -> new PyStr(((PyMethodDescriptor) self).name()));
            d.getter("__qualname__", self -> new PyStr(((PyMethodDescriptor) self).owner().name() + "."
                    + ((PyMethodDescriptor) self).name()));
            d.getter("__objclass__", self -> ((PyMethodDescriptor) self).owner());
            d.getter("__doc__", self -> NONE);
        }

        TypeBuilder gs = new TypeBuilder(Types.GETSET_DESCRIPTOR);
        gs.method0("__repr__", self -> new PyStr("<attribute '" + ((PyGetSet) self).name() + "' of '"
                + ((PyGetSet) self).owner().name() + "' objects>"));
        gs.method2("__get__", (self, obj, cls) -> obj == NONE ? self : ((PyGetSet) self).get(obj));
        gs.method2("__set__", (self, obj, v) -> {
            ((PyGetSet) self).set(obj, v);
            return NONE;
        });
        gs.getter("__name__", self -> new PyStr(((PyGetSet) self).name()));

        TypeBuilder ms = new TypeBuilder(Types.MEMBER_DESCRIPTOR);
        ms.method0("__repr__", self -> new PyStr("<member '" + ((PySlotDescriptor) self).name() + "' of '"
                + ((PySlotDescriptor) self).owner().name() + "' objects>"));
        ms.method2("__get__", (self, obj, cls) -> obj == NONE ? self : ((PySlotDescriptor) self).get(obj));
        ms.method2("__set__", (self, obj, v) -> {
            ((PySlotDescriptor) self).set(obj, v);
            return NONE;
        });
        ms.method1("__delete__", (self, obj) -> {
            ((PySlotDescriptor) self).delete(obj);
            return NONE;
        });
        ms.getter("__name__", self -> new PyStr(((PySlotDescriptor) self).name()));

        TypeBuilder cell = new TypeBuilder(Types.CELL);
        cell.method0("__repr__", self -> {
            PyObject v = ((PyCell) self).get();
            return new PyStr("<cell at " + Ops.address(self) + ": " + (v == null ? "empty>"
                    : v.type().name() + " object at " + Ops.address(v) + ">"));
        });
        cell.attribute("cell_contents", self -> {
            PyObject v = ((PyCell) self).get();
            if (v == null) {
                throw PyExc.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).set(v));

        TypeBuilder code = new TypeBuilder(Types.CODE);
        code.method0("__repr__", self -> {
            var c = ((PyCode) self).code();
            return new PyStr("<code object " + c.name() + " at " + Ops.address(self) + ", file \"" + c.filename()
                    + "\", line " + c.firstlineno() + ">");
        });
        code.getter("co_name", self -> new PyStr(((PyCode) self).code().name()));
        code.getter("co_qualname", self -> new PyStr(((PyCode) self).code().qualname()));
        code.getter("co_filename", self -> new PyStr(((PyCode) self).code().filename()));
        code.getter("co_firstlineno", self -> PyInt.of(((PyCode) self).code().firstlineno()));
        code.getter("co_argcount", self -> PyInt.of(((PyCode) self).code().argcount()));
        code.getter("co_kwonlyargcount", self -> PyInt.of(((PyCode) self).code().kwonlyargcount()));
        code.getter("co_posonlyargcount", self -> PyInt.of(((PyCode) self).code().posonlyargcount()));
        code.getter("co_flags", self -> PyInt.of(((PyCode) self).code().flags() & 0xffff));
        code.getter("co_varnames", self -> names(((PyCode) self).code().varnames()));
        code.getter("co_names", self -> names(((PyCode) self).code().names()));
        code.getter("co_cellvars", self -> names(((PyCode) self).code().cellvars()));
        code.getter("co_freevars", self -> names(((PyCode) self).code().freevars()));
        code.getter("co_consts", self -> {
            Object[] consts = ((PyCode) self).code().consts();
            PyObject[] out = new PyObject[consts.length];
            for (int i = 0; i < consts.length; i++) {
                out[i] = consts[i] instanceof String[] kwnames ? names(kwnames) : (PyObject) consts[i];
            }
            return new PyTuple(out);
        });
        code.getter("co_nlocals", self -> PyInt.of(((PyCode) self).code().varnames().length));

        TypeBuilder mod = new TypeBuilder(Types.MODULE);
        mod.constant("__dict__", Attributes.dictDescriptor(Types.MODULE));
        // a module's docstring lives in its namespace (object's __doc__ descriptor would hide it)
        mod.attribute("__doc__", self -> {
            PyObject d = self.dict().get("__doc__");
            return d == null ? NONE : d;
        }, (self, v) -> self.dict().put("__doc__", v));
        mod.constructor((cls, args, kw) -> {
            Args a = Args.parse("module", args, kw, 1, "name", "doc");
            if (!(a.get(0) instanceof PyStr name)) {
                throw PyExc.typeError("module() argument 'name' must be str, not " + a.get(0).type().name());
            }
            PyModule made = new PyModule(name.value());
            made.add("__doc__", a.get(1, NONE));
            made.add("__package__", NONE);
            made.add("__loader__", NONE);
            made.add("__spec__", NONE);
            return made;
        });
        mod.method0("__repr__", self -> {
            PyModule pm = (PyModule) self;
            PyObject file = pm.dict().get("__file__");
            if (file == null && pm.dict().get("__loader__") == NONE) {
                return new PyStr("<module '" + pm.name() + "'>"); // made by types.ModuleType(name)
            }
            return new PyStr("<module '" + pm.name() + "' " + (file == null ? "(built-in)" : "from "
                    + Ops.repr(file).value()) + ">");
        });
    }

    /** The str a name attribute is set to, else CPython's TypeError {@code message}. */
    static String stringValue(PyObject v, String message) {
        if (!(v instanceof PyStr s)) {
            throw PyExc.typeError(message);
        }
        return s.value();
    }

    private static PyTuple names(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = new PyStr(names[i]);
        }
        return new PyTuple(out);
    }
}
