package org.ouroboros.vm.object;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.trace.LookupEvent;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.probe.LookupProbes;

/**
 * Attribute access as CPython does it: {@code object.__getattribute__} (data descriptor, then
 * instance dict, then non-data descriptor or class attribute), {@code type.__getattribute__}
 * (the metatype's data descriptors first, then the class's MRO), then {@code __getattr__}.
 */
public final class Attributes {
    private Attributes() {}

    /** The builtin {@code object.__getattribute__} / {@code type.__getattribute__} (set by vm.builtins). */
    public static PyObject objectGetattribute;
    public static PyObject typeGetattribute;
    public static PyObject objectSetattr;
    public static PyObject objectDelattr;

    /** {@code getattr(obj, name)}: raises AttributeError when missing. */
    public static PyObject get(PyObject obj, String name) {
        PyObject v;
        try {
            v = lookup(obj, name, false);
        } catch (PyException e) {
            throw PyBaseException.withAttributeContext(e, obj, name);
        }
        if (v == null) {
            throw missing(obj, name);
        }
        return v;
    }

    /** {@code getattr(obj, name, None)}-like: null when missing (AttributeError swallowed). */
    public static PyObject getOrNull(PyObject obj, String name) {
        return lookup(obj, name, true);
    }

    private static PyObject lookup(PyObject obj, String name, boolean swallow) {
        PyType t = obj.type();
        PyObject getattribute = t.lookup("__getattribute__");
        LookupProbes.started(obj, name, getattribute);
        PyObject v;
        if (getattribute == objectGetattribute || getattribute == typeGetattribute) {
            try {
                v = obj instanceof PyType cls ? typeLookup(cls, name) : genericLookup(obj, name);
            } catch (PyException e) {
                if (!e.matches(PyExc.ATTRIBUTE_ERROR) || t.lookup("__getattr__") == null && !swallow) {
                    throw e;
                }
                v = null;
            }
        } else {
            try {
                v = Calls.callMethod(getattribute, obj, new PyObject[] {new PyStr(name)}, null);
            } catch (PyException e) {
                if (!e.matches(PyExc.ATTRIBUTE_ERROR) || t.lookup("__getattr__") == null && !swallow) {
                    throw e;
                }
                v = null;
            }
        }
        if (v == null) {
            PyObject getattr = LookupProbes.searched(obj, name, "__getattr__", t, t.lookup("__getattr__"));
            if (getattr != null) {
                try {
                    v = Calls.callMethod(getattr, obj, new PyObject[] {new PyStr(name)}, null);
                    trace(obj, name, "__getattr__", t.lookupOwner("__getattr__"), v);
                } catch (PyException e) {
                    if (!e.matches(PyExc.ATTRIBUTE_ERROR) || !swallow) {
                        throw e;
                    }
                    return null;
                }
            }
        }
        return LookupProbes.finished(obj, name, v);
    }

    /** object.__getattribute__, returning null instead of raising. */
    public static PyObject genericLookup(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = LookupProbes.searched(obj, name, "type", t, t.lookup(name));
        if (descr != null && isDataDescriptor(descr)) {
            PyObject v = bindDescriptor(descr, obj, t);
            trace(obj, name, "data descriptor", t.lookupOwner(name), v);
            return v;
        }
        PyDict d = obj.dict();
        if (d != null) {
            PyObject v = d.get(new PyStr(name));
            LookupProbes.dictProbed(obj, name, d, v);
            if (v != null) {
                trace(obj, name, "instance dict", null, v);
                return v;
            }
        }
        if (descr != null) {
            PyObject v = bindDescriptor(descr, obj, t);
            trace(obj, name, v == descr ? "class attribute" : "non-data descriptor", t.lookupOwner(name), v);
            return v;
        }
        return null;
    }

    /** type.__getattribute__, returning null instead of raising. */
    public static PyObject typeLookup(PyType cls, String name) {
        PyType meta = cls.type();
        PyObject metaAttr = LookupProbes.searched(cls, name, "metatype", meta, meta.lookup(name));
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            PyObject v = bindDescriptor(metaAttr, cls, meta);
            trace(cls, name, "data descriptor", meta.lookupOwner(name), v);
            return v;
        }
        PyObject attr = LookupProbes.searched(cls, name, "class", cls, cls.lookup(name));
        if (attr != null) {
            PyObject v = bindDescriptor(attr, null, cls);
            trace(cls, name, v == attr ? "class attribute" : "non-data descriptor", cls.lookupOwner(name), v);
            return v;
        }
        if (metaAttr != null) {
            PyObject v = bindDescriptor(metaAttr, cls, meta);
            trace(cls, name, "metatype", meta.lookupOwner(name), v);
            return v;
        }
        return null;
    }

    /** The {@code __dict__} attribute CPython gives classes whose instances have a dict. */
    public static PyGetSet dictDescriptor(PyType owner) {
        return new PyGetSet(owner, "__dict__", self -> {
            if (self.dict() == null) {
                throw missing(self, "__dict__");
            }
            return self.dict();
        }, (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw PyExc.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name() + "'");
            }
            self.setDict(d);
        });
    }

    public static boolean isDataDescriptor(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof PyStr || d instanceof PyInt
                || d instanceof PyBuiltinFunction) {
            return false;
        }
        if (d instanceof PyGetSet || d instanceof PySlotDescriptor || d instanceof PyProperty) {
            return true;
        }
        PyType t = d.type();
        return !t.isBuiltin() && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
    }

    /**
     * {@code descr.__get__(obj, cls)}; {@code obj} null means lookup through the class. Objects
     * without {@code __get__} are returned unchanged.
     */
    public static PyObject bindDescriptor(PyObject descr, PyObject obj, PyType cls) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(descr, obj);
        }
        if (descr instanceof PyMethodDescriptor m) {
            if (m.kind() == PyMethodDescriptor.Kind.CLASS) {
                return m.bind(null, cls);
            }
            return obj == null ? descr : m.bind(obj, cls);
        }
        if (descr instanceof PyGetSet g) {
            return obj == null ? descr : g.get(obj);
        }
        if (descr instanceof PySlotDescriptor s) {
            return obj == null ? descr : s.get(obj);
        }
        if (descr instanceof PyProperty p) {
            if (obj == null) {
                return descr;
            }
            if (p.fget == NONE) {
                throw PyExc.attributeError(p.name != null
                        ? "property '" + p.name + "' of '" + obj.type().name() + "' object has no getter"
                        : "unreadable attribute");
            }
            return p.fget.call(obj);
        }
        if (descr instanceof PyClassMethod c) {
            PyObject owner = cls != null ? cls : obj.type();
            if (!(c.function instanceof PyFunction)) {
                // 3.9-3.12 chain descriptors: classmethod(property(...)) binds the property to the class
                PyObject get = c.function.type().lookup("__get__");
                if (get != null) {
                    return Calls.callMethod(get, c.function, new PyObject[] {owner, owner}, null);
                }
            }
            return new PyMethod(c.function, owner);
        }
        if (descr instanceof PyStaticMethod s) {
            return s.function;
        }
        PyType t = descr.type();
        if (t.isBuiltin()) {
            return descr;
        }
        PyObject get = t.lookup("__get__");
        if (get == null) {
            return descr;
        }
        return Calls.callMethod(get, descr, new PyObject[] {obj == null ? NONE : obj, cls == null ? NONE : cls}, null);
    }

    /** {@code setattr(obj, name, value)}. */
    public static void set(PyObject obj, String name, PyObject value) {
        PyObject setattr = obj.type().lookup("__setattr__");
        if (setattr == objectSetattr || setattr == null) {
            genericSet(obj, name, value);
        } else {
            Calls.callMethod(setattr, obj, new PyObject[] {new PyStr(name), value}, null);
        }
    }

    /** object.__setattr__ (and type.__setattr__ for classes). */
    public static void genericSet(PyObject obj, String name, PyObject value) {
        if (obj instanceof PyType cls && cls.isBuiltin()) {
            // Checked before descriptors (as type_setattro does): builtin classes are shared by all VMs.
            throw PyExc.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name() + "'");
        }
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            setViaDescriptor(descr, obj, name, value);
            traceStore(obj, name, "data descriptor", false);
            return;
        }
        if (obj instanceof PyType cls) {
            if (cls.isBuiltin()) {
                throw PyExc.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name() + "'");
            }
            cls.define(name, value);
            traceStore(obj, name, "class dict", false);
            return;
        }
        PyDict d = obj.dict();
        if (d == null) {
            throw noAttributeToSet(obj, name, descr);
        }
        d.put(new PyStr(name), value);
        traceStore(obj, name, "instance dict", false);
    }

    private static void setViaDescriptor(PyObject descr, PyObject obj, String name, PyObject value) {
        if (descr instanceof PyGetSet g) {
            g.set(obj, value);
        } else if (descr instanceof PySlotDescriptor s) {
            s.set(obj, value);
        } else if (descr instanceof PyProperty p) {
            if (p.fset == NONE) {
                throw PyExc.attributeError(p.name != null
                        ? "property '" + p.name + "' of '" + obj.type().name() + "' object has no setter"
                        : "can't set attribute");
            }
            p.fset.call(obj, value);
        } else {
            PyObject set = descr.type().lookup("__set__");
            if (set == null) {
                throw PyExc.attributeError("__set__");
            }
            Calls.callMethod(set, descr, new PyObject[] {obj, value}, null);
        }
    }

    /** {@code delattr(obj, name)}. */
    public static void delete(PyObject obj, String name) {
        PyObject delattr = obj.type().lookup("__delattr__");
        if (delattr != objectDelattr && delattr != null) {
            Calls.callMethod(delattr, obj, new PyObject[] {new PyStr(name)}, null);
            return;
        }
        genericDelete(obj, name);
    }

    public static void genericDelete(PyObject obj, String name) {
        if (obj instanceof PyType cls && cls.isBuiltin()) {
            throw PyExc.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name() + "'");
        }
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            if (descr instanceof PySlotDescriptor s) {
                s.delete(obj);
            } else if (descr instanceof PyProperty p) {
                if (p.fdel == NONE) {
                    throw PyExc.attributeError(p.name != null
                            ? "property '" + p.name + "' of '" + obj.type().name() + "' object has no deleter"
                            : "can't delete attribute");
                }
                p.fdel.call(obj);
            } else if (descr instanceof PyGetSet) {
                throw PyExc.typeError("cannot delete attribute");
            } else {
                PyObject del = descr.type().lookup("__delete__");
                if (del == null) {
                    throw PyExc.attributeError("__delete__");
                }
                Calls.callMethod(del, descr, new PyObject[] {obj}, null);
            }
            traceStore(obj, name, "data descriptor", true);
            return;
        }
        if (obj instanceof PyType cls) {
            if (cls.isBuiltin()) {
                throw PyExc.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name() + "'");
            }
            if (cls.undefine(name) == null) {
                throw PyExc.attributeError("type object '" + cls.tpName() + "' has no attribute '" + name + "'");
            }
            return;
        }
        PyDict d = obj.dict();
        if (d == null || d.remove(new PyStr(name)) == null) {
            throw missing(obj, name);
        }
        traceStore(obj, name, "instance dict", true);
    }

    private static PyException noAttributeToSet(PyObject obj, String name, PyObject descr) {
        if (descr == null) {
            return PyExc.attributeError("'" + obj.type().tpName() + "' object has no attribute '" + name + "'");
        }
        return PyExc.attributeError("'" + obj.type().name() + "' object attribute '" + name + "' is read-only");
    }

    /** The AttributeError CPython raises for a missing attribute. */
    public static PyException missing(PyObject obj, String name) {
        String message;
        if (obj instanceof PyType cls) {
            message = "type object '" + cls.tpName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PyModule m) {
            message = "module '" + m.name() + "' has no attribute '" + name + "'";
        } else {
            message = "'" + obj.type().tpName() + "' object has no attribute '" + name + "'";
        }
        return PyBaseException.withAttributeContext(PyExc.attributeError(message), obj, name);
    }

    private static void trace(PyObject obj, String name, String source, PyType owner, PyObject result) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new LookupEvent.AttributeLookup(ts.threadId(), obj.type().name(), name, source,
                    owner == null ? "" : owner.name(), ts.safeRepr(result)));
        }
    }

    private static void traceStore(PyObject obj, String name, String via, boolean deleted) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new LookupEvent.AttributeStored(ts.threadId(), obj.type().name(), name, via, deleted));
        }
    }
}
