package org.ouroboros.vm.object;

import org.ouroboros.vm.probe.CreationProbes;

import static org.ouroboros.vm.object.PyConstants.NONE;

/** Calling objects: {@code __call__} on instances, and {@code type.__call__} (new, then init) on classes. */
public final class Calls {
    private Calls() {}

    /** The builtin {@code type.__call__}, so a metaclass that does not override it takes the fast path. */
    public static PyObject typeCallDescriptor;

    public static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** {@code obj(...)} for an object whose class defines {@code __call__}. */
    static PyObject callViaType(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject call = obj.type().lookup("__call__");
        if (call == null) {
            throw PyExc.typeError("'" + obj.type().name() + "' object is not callable");
        }
        return callMethod(call, obj, args, kwnames);
    }

    /** Calls the class attribute {@code descr} as a method of {@code self}. */
    public static PyObject callMethod(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        if (descr instanceof PyMethodDescriptor d && d.kind() == PyMethodDescriptor.Kind.INSTANCE) {
            return d.body().call(self, args, kwnames);
        }
        PyObject bound = Attributes.bindDescriptor(descr, self, self.type());
        return bound.call(args, kwnames);
    }

    /** Looks {@code name} up on the class of {@code self} and calls it; null when the class lacks it. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            return null;
        }
        return callMethod(descr, self, args, null);
    }

    /** {@code cls(...)}: a metaclass's own {@code __call__} if it has one, else type.__call__. */
    static PyObject callType(PyType cls, PyObject[] args, String[] kwnames) {
        PyType meta = cls.type();
        if (meta != Types.TYPE) {
            PyObject call = meta.lookup("__call__");
            if (call != typeCallDescriptor) {
                CreationProbes.classCalled(cls, meta.lookupOwner("__call__"), args);
                return CreationProbes.classCallFinished(cls, args, callMethod(call, cls, args, kwnames));
            }
        }
        CreationProbes.classCalled(cls, null, args);
        return CreationProbes.classCallFinished(cls, args, typeCall(cls, args, kwnames));
    }

    /** CPython's type_call: {@code obj = cls.__new__(cls, ...)}, then {@code obj.__init__(...)} when obj is a cls. */
    public static PyObject typeCall(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == Types.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
        }
        PyObject newMethod = cls.lookup("__new__");
        CreationProbes.newCalled(cls);
        PyObject obj = callNew(newMethod, cls, args, kwnames);
        CreationProbes.newReturned(cls, obj);
        if (!obj.type().isSubtype(cls)) {
            return obj;
        }
        PyObject init = obj.type().lookup("__init__");
        CreationProbes.initCalled(cls, obj);
        PyObject r = callMethod(init, obj, args, kwnames);
        if (r != NONE) {
            throw PyExc.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
        return obj;
    }

    /** {@code __new__} is a static method: it gets the class as its first argument. */
    public static PyObject callNew(PyObject newMethod, PyType cls, PyObject[] args, String[] kwnames) {
        PyObject fn = newMethod instanceof PyStaticMethod s ? s.function : newMethod;
        return fn.call(prepend(cls, args), kwnames);
    }

    /** Number of positional arguments (the rest are keyword values). */
    public static int positionalCount(PyObject[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }
}
