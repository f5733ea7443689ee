package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyMethodDescriptor;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.SharedKeys;
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

    /**
     * What the class said about one name at one instruction, for {@code type} at {@code version};
     * and where the name sits in the class's shared instance keys (a split instance dict then
     * answers by position). Shared keys only grow, so a found position stays right; a name not
     * found is looked for again only after the keys grew.
     */
    private static final class Site {
        final PyType type;
        final int version;
        final boolean fast;
        final PyObject classAttr;
        final SharedKeys keys;
        int index = -1;
        int absentAtSize = -1;

        Site(PyType type, int version, boolean fast, PyObject classAttr) {
            this.type = type;
            this.version = version;
            this.fast = fast;
            this.classAttr = classAttr;
            this.keys = type.sharedKeysOrNull();
        }

        boolean matches(PyType t) {
            return t == type && t.version() == version;
        }

        /** The name's position in {@code k} (this site's keys), or -1. */
        int index(SharedKeys k, Frame f, int name) {
            int i = index;
            return i >= 0 || absentAtSize == k.size() ? i : resolve(k, f, name);
        }

        private int resolve(SharedKeys k, Frame f, int name) {
            int i = k.indexOf(f.nameKey(name));
            if (i >= 0) {
                index = i;
            } else {
                absentAtSize = k.size();
            }
            return i;
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
        SharedKeys k = d.sharedKeys();
        PyObject v;
        if (k != null && k == s.keys) {
            int i = s.index(k, f, name);
            v = i >= 0 ? d.splitValue(i) : null;
        } else {
            v = d.get(f.nameKey(name));
        }
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
        SharedKeys k = d.sharedKeys();
        if (k != null && k == s.keys) {
            int i = s.index(k, f, name);
            if (i >= 0 && d.putSplit(i, value)) {
                return true;
            }
        }
        d.put(f.nameKey(name), value);
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
        if (d != null && d.size() > 0 && shadows(f, s, d, name)) {
            return null;
        }
        return s.classAttr;
    }

    /** Whether the instance dict has its own value for the method's name. */
    private static boolean shadows(Frame f, Site s, PyDict d, int name) {
        SharedKeys k = d.sharedKeys();
        if (k != null && k == s.keys) {
            int i = s.index(k, f, name);
            return i >= 0 && d.splitValue(i) != null;
        }
        return d.get(f.nameKey(name)) != null;
    }
}
