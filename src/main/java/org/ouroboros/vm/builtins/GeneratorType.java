package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.interp.PyCode;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code generator} and {@code coroutine}: next/send/throw/close over a suspended frame. */
public final class GeneratorType {
    private GeneratorType() {}

    static PyGenerator g(PyObject o) {
        return (PyGenerator) o;
    }

    static void install() {
        for (PyType t : new PyType[] {Types.GENERATOR, Types.COROUTINE}) {
            boolean coro = t == Types.COROUTINE;
            String prefix = coro ? "cr_" : "gi_";
            TypeBuilder b = new TypeBuilder(t);
            b.method0("__repr__", self -> new PyStr(g(self).reprText()));
            if (!coro) {
                b.method0("__iter__", self -> self);
                b.method0("__next__", self -> g(self).sendNext());
            } else {
                b.method0("__await__", self -> self);
            }
            b.method1("send", (self, v) -> g(self).send(v));
            b.method("throw", (self, args, kw) -> g(self).throwInto(exception(args)));
            b.method0("close", self -> {
                g(self).close();
                return NONE;
            });
            b.getter("__name__", self -> new PyStr(g(self).name()));
            b.getter("__qualname__", self -> new PyStr(g(self).qualname()));
            b.getter(prefix + "running", self -> PyBool.of(g(self).running()));
            // paused at a yield or await (3.11's gi_suspended/cr_suspended, read by inspect.getgeneratorstate)
            b.getter(prefix + "suspended", self -> PyBool.of(g(self).started() && !g(self).finished() && !g(self).running()));
            b.getter(prefix + "frame", self -> g(self).frame() == null ? NONE : new PyObject(Types.FRAME));
            b.getter(prefix + "code", self -> new PyCode(g(self).code()));
            b.getter(coro ? "cr_await" : "gi_yieldfrom", self -> {
                PyObject d = g(self).yieldFrom();
                return d == null ? NONE : d;
            });
        }
    }

    /** throw(type[, value[, tb]]) or throw(instance). */
    static PyBaseException exception(PyObject[] args) {
        if (args.length == 0) {
            throw PyExc.typeError("throw expected at least 1 argument, got 0");
        }
        PyObject typ = args[0];
        if (typ instanceof PyType cls && cls.isSubtype(PyExc.BASE_EXCEPTION)) {
            PyObject val = args.length > 1 ? args[1] : NONE;
            if (val instanceof PyBaseException e && e.type().isSubtype(cls)) {
                return e;
            }
            PyObject inst = val == NONE ? cls.call() : cls.call(val);
            return (PyBaseException) inst;
        }
        if (typ instanceof PyBaseException e) {
            if (args.length > 1 && args[1] != NONE) {
                throw PyExc.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        throw PyExc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + typ.type().name());
    }

    static PyCode none() {
        return null;
    }
}
