package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyClassMethod;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyProperty;
import org.ouroboros.vm.object.PyStaticMethod;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code property}, {@code classmethod}, {@code staticmethod}. */
public final class DescriptorTypes {
    private DescriptorTypes() {}

    static void install() {
        TypeBuilder p = new TypeBuilder(Types.PROPERTY);
        p.constructor((cls, args, kw) -> new PyProperty((PyType) cls));
        p.method("__init__", (self, args, kw) -> {
            Args a = Args.parse("property", args, kw, 0, "fget", "fset", "fdel", "doc");
            PyProperty prop = (PyProperty) self;
            prop.fget = a.get(0, NONE);
            prop.fset = a.get(1, NONE);
            prop.fdel = a.get(2, NONE);
            prop.doc = a.get(3, NONE);
            if (prop.doc == NONE && prop.fget != NONE) {
                PyObject d = Attributes.getOrNull(prop.fget, "__doc__");
                prop.doc = d == null ? NONE : d;
            }
            return NONE;
        });
        p.method2("__get__", (self, obj, cls) -> obj == NONE ? self
                : Attributes.bindDescriptor(self, obj, cls instanceof PyType t ? t : obj.type()));
        p.method2("__set__", (self, obj, v) -> {
            Attributes.genericSet(obj, ((PyProperty) self).name == null ? "?" : ((PyProperty) self).name, v);
            return NONE;
        });
        p.method1("__delete__", (self, obj) -> {
            Attributes.genericDelete(obj, ((PyProperty) self).name == null ? "?" : ((PyProperty) self).name);
            return NONE;
        });
        p.getter("__isabstractmethod__", self -> {
            PyProperty prop = (PyProperty) self;
            for (PyObject f : new PyObject[] {prop.fget, prop.fset, prop.fdel}) {
                PyObject v = Attributes.getOrNull(f, "__isabstractmethod__");
                if (v != null && org.ouroboros.vm.object.Ops.truthy(v)) {
                    return org.ouroboros.vm.object.PyBool.TRUE;
                }
            }
            return org.ouroboros.vm.object.PyBool.FALSE;
        });
        p.method2("__set_name__", (self, owner, name) -> {
            ((PyProperty) self).name = ObjectType.str(name);
            return NONE;
        });
        p.method1("getter", (self, f) -> copy((PyProperty) self, f, null, null));
        p.method1("setter", (self, f) -> copy((PyProperty) self, null, f, null));
        p.method1("deleter", (self, f) -> copy((PyProperty) self, null, null, f));
        p.getter("fget", self -> ((PyProperty) self).fget);
        p.getter("fset", self -> ((PyProperty) self).fset);
        p.getter("fdel", self -> ((PyProperty) self).fdel);
        p.getter("__doc__", self -> ((PyProperty) self).doc);

        TypeBuilder c = new TypeBuilder(Types.CLASSMETHOD);
        c.constructor((cls, args, kw) -> new PyClassMethod((PyType) cls));
        c.method1("__init__", (self, f) -> {
            ((PyClassMethod) self).function = f;
            copyWrappedAttributes(self, f);
            return NONE;
        });
        c.getter("__dict__", PyObject::dict);
        c.getter("__doc__", DescriptorTypes::wrappedDoc);
        c.getter("__isabstractmethod__", self -> isAbstract(((PyClassMethod) self).function));
        c.method("__get__", (self, args, kw) -> {
            if (args.length < 1 || args.length > 2) {
                throw org.ouroboros.vm.object.PyExc.typeError("expected 1 or 2 arguments, got " + args.length);
            }
            PyObject obj = args[0];
            PyObject cls = args.length > 1 ? args[1] : NONE;
            if (obj == NONE && cls == NONE) {
                throw org.ouroboros.vm.object.PyExc.typeError("__get__(None, None) is invalid");
            }
            if (cls instanceof PyType t) {
                return Attributes.bindDescriptor(self, obj == NONE ? null : obj, t);
            }
            return Attributes.bindDescriptor(self, obj, obj.type());
        });
        c.getter("__func__", self -> ((PyClassMethod) self).function);
        c.getter("__wrapped__", self -> ((PyClassMethod) self).function);
        c.method0("__repr__", self -> new PyStr("<classmethod(" + org.ouroboros.vm.object.Ops.repr(
                ((PyClassMethod) self).function).value() + ")>"));

        TypeBuilder s = new TypeBuilder(Types.STATICMETHOD);
        s.constructor((cls, args, kw) -> new PyStaticMethod((PyType) cls));
        s.method1("__init__", (self, f) -> {
            ((PyStaticMethod) self).function = f;
            copyWrappedAttributes(self, f);
            return NONE;
        });
        s.getter("__dict__", PyObject::dict);
        s.getter("__doc__", DescriptorTypes::wrappedDoc);
        s.getter("__isabstractmethod__", self -> isAbstract(((PyStaticMethod) self).function));
        s.method2("__get__", (self, obj, cls) -> ((PyStaticMethod) self).function);
        s.getter("__func__", self -> ((PyStaticMethod) self).function);
        s.getter("__wrapped__", self -> ((PyStaticMethod) self).function);
        s.method("__call__", (self, args, kw) -> ((PyStaticMethod) self).function.call(args, kw));
        s.method0("__repr__", self -> new PyStr("<staticmethod(" + org.ouroboros.vm.object.Ops.repr(
                ((PyStaticMethod) self).function).value() + ")>"));
    }

    /** Since 3.10 staticmethod and classmethod carry the wrapped function's name, doc and annotations. */
    private static void copyWrappedAttributes(PyObject wrapper, PyObject f) {
        org.ouroboros.vm.object.PyDict d = new org.ouroboros.vm.object.PyDict();
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = org.ouroboros.vm.object.Attributes.getOrNull(f, name);
            if (v != null) {
                d.put(new PyStr(name), v);
            }
        }
        wrapper.setDict(d);
    }

    private static PyObject wrappedDoc(PyObject wrapper) {
        PyObject doc = wrapper.dict() == null ? null : wrapper.dict().get(new PyStr("__doc__"));
        return doc == null ? NONE : doc;
    }

    private static PyObject isAbstract(PyObject f) {
        PyObject v = org.ouroboros.vm.object.Attributes.getOrNull(f, "__isabstractmethod__");
        return org.ouroboros.vm.object.PyBool.of(v != null && org.ouroboros.vm.object.Ops.truthy(v));
    }

    private static PyObject copy(PyProperty p, PyObject get, PyObject set, PyObject del) {
        PyProperty r = new PyProperty(p.type());
        r.fget = get != null ? get : p.fget;
        r.fset = set != null ? set : p.fset;
        r.fdel = del != null ? del : p.fdel;
        r.doc = p.doc;
        r.name = p.name;
        return r;
    }
}
