package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyMethodDescriptor;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/**
 * Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD on instances (CPython 3.11's
 * specialised {@code LOAD_ATTR_INSTANCE_VALUE}, {@code STORE_ATTR_INSTANCE_VALUE},
 * {@code LOAD_METHOD_WITH_VALUES}). Each instruction remembers what the class lookup answered
 * for the last class it saw, valid while that class's version tag is unchanged: any change to
 * the class dict, its bases or an ancestor's dict bumps the tag, so monkey-patching, a new
 * {@code __getattribute__}/{@code __setattr__}, a data descriptor added later, or
 * {@code __bases__} assignment all send the next execution back to the full lookup. A changed
 * {@code __class__} is a different class, so it misses too. The instance dict is always read
 * (it can shadow class attributes at any time). Every method returns "not handled" (null or
 * false) for anything it does not know, and the caller takes the general path.
 */
final class AttributeSites {
    private AttributeSites() {}

    /** What the class said about one name at one instruction, for {@code type} at {@code version}. */
    private record Site(PyType type, int version, boolean fast, PyObject classAttr) {
        boolean matches(PyType t) {
            return t == type && t.version() == version;
        }
    }

    private static Site site(Frame f, PyType t) {
        Object c = f.caches()[f.lasti];
        return c instanceof Site s && s.matches(t) ? s : null;
    }

    private static Site remember(Frame f, Site s) {
        f.caches()[f.lasti] = s;
        return s;
    }

    /** A class attribute the cache may keep: none, or one whose behaviour cannot change under us (builtin class). */
    private static boolean stableNonData(PyObject descr) {
        return descr == null || descr.type().isBuiltin() && !Attributes.isDataDescriptor(descr);
    }

    // The fill methods are the misses, kept out of line so the hit paths stay small enough for the JIT to inline.

    private static Site fillLoad(Frame f, PyType t, int name) {
        int version = t.version();
        PyObject descr = t.lookup(f.code.names()[name]);
        boolean fast = t.lookup("__getattribute__") == Attributes.objectGetattribute && stableNonData(descr);
        return remember(f, new Site(t, version, fast, descr));
    }

    private static Site fillStore(Frame f, PyType t, int name) {
        int version = t.version();
        PyObject descr = t.lookup(f.code.names()[name]);
        boolean fast = t.lookup("__setattr__") == Attributes.objectSetattr && stableNonData(descr);
        return remember(f, new Site(t, version, fast, null));
    }

    private static Site fillMethod(Frame f, PyType t, int name) {
        int version = t.version();
        PyObject descr = t.lookup(f.code.names()[name]);
        boolean fast = t.lookup("__getattribute__") == Attributes.objectGetattribute
                && (descr instanceof PyFunction
                    || descr instanceof PyMethodDescriptor m && m.kind() == PyMethodDescriptor.Kind.INSTANCE);
        return remember(f, new Site(t, version, fast, descr));
    }

    /** {@code obj.name} when object.__getattribute__ answers from the instance dict or a stable class attribute. */
    static PyObject load(Frame f, PyObject obj, int name) {
        PyDict d = obj.dict();
        PyType t = obj.type();
        if (d == null || obj instanceof PyType) {
            return null;
        }
        Site s = site(f, t);
        if (s == null) {
            s = fillLoad(f, t, name);
        }
        if (!s.fast) {
            return null;
        }
        PyObject v = d.get(f.nameKey(name));
        if (v != null) {
            return v;
        }
        PyObject attr = s.classAttr;
        if (attr == null) {
            return null;
        }
        return attr instanceof PyFunction ? new PyMethod(attr, obj) : Attributes.bindDescriptor(attr, obj, t);
    }

    /** {@code obj.name = value} into the instance dict when object.__setattr__ applies and no data descriptor intercepts. */
    static boolean store(Frame f, PyObject obj, int name, PyObject value) {
        PyDict d = obj.dict();
        PyType t = obj.type();
        if (d == null || obj instanceof PyType) {
            return false;
        }
        Site s = site(f, t);
        if (s == null) {
            s = fillStore(f, t, name);
        }
        if (!s.fast) {
            return false;
        }
        PyStr key = f.nameKey(name);
        // replace() is HashMap.getNode plus a field write (inlined); put() of an existing key goes through
        // putVal, too big to inline. Dict values are never null, so null means "absent".
        if (d.map().replace(key, value) == null) {
            d.put(key, value);
        }
        return true;
    }

    /** The unbound method for {@code obj.name(...)} when it is a plain function or builtin method not shadowed by the instance dict. */
    static PyObject method(Frame f, PyObject obj, int name) {
        if (obj instanceof PyType) {
            return null;
        }
        PyType t = obj.type();
        Site s = site(f, t);
        if (s == null) {
            s = fillMethod(f, t, name);
        }
        if (!s.fast) {
            return null;
        }
        PyDict d = obj.dict();
        if (d != null && d.size() > 0 && d.get(f.nameKey(name)) != null) {
            return null;
        }
        return s.classAttr;
    }
}
