package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.interp.AnextAwaitable;
import org.ouroboros.vm.interp.AsyncGenAwaitable;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code async_generator} (an {@code async def} with {@code yield}, or an async generator
 * expression), the awaitables its {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose}
 * return, and {@code anext_awaitable} ({@code anext(it, default)}).
 */
public final class AsyncGeneratorType {
    private AsyncGeneratorType() {}

    /** What sys.get_asyncgen_hooks() returns: a named pair (CPython's structseq). */
    static final PyType HOOKS = PyType.builtin("asyncgen_hooks", Types.TUPLE, null);

    /** {@code asyncgen_hooks(firstiter=..., finalizer=...)}. */
    public static PyObject hooks(PyObject firstiter, PyObject finalizer) {
        return new org.ouroboros.vm.object.PyTuple(HOOKS, new PyObject[] {firstiter, finalizer});
    }

    private static PyGenerator g(PyObject o) {
        return (PyGenerator) o;
    }

    private static AnextAwaitable n(PyObject o) {
        return (AnextAwaitable) o;
    }

    private static AsyncGenAwaitable a(PyObject o) {
        return (AsyncGenAwaitable) o;
    }

    static void install() {
        TypeBuilder gen = new TypeBuilder(Types.ASYNC_GENERATOR);
        gen.method0("__repr__", self -> new PyStr(g(self).reprText()));
        gen.method0("__aiter__", self -> self);
        gen.method0("__anext__", self -> AsyncGenAwaitable.asend(g(self), NONE));
        gen.method1("asend", (self, v) -> AsyncGenAwaitable.asend(g(self), v));
        gen.method("athrow", (self, args, kw) -> {
            if (args.length == 0 || args.length > 3) {
                throw org.ouroboros.vm.object.PyExc.typeError("athrow expected at least 1 argument, got " + args.length);
            }
            PyObject[] copy = args.clone();
            return AsyncGenAwaitable.athrow(g(self), () -> GeneratorType.exception(copy));
        });
        gen.method0("aclose", self -> AsyncGenAwaitable.aclose(g(self)));
        gen.getter("__name__", self -> new PyStr(g(self).name()));
        gen.getter("__qualname__", self -> new PyStr(g(self).qualname()));
        gen.getter("ag_running", self -> PyBool.of(g(self).runningAsync()));
        gen.getter("ag_frame", self -> g(self).frame() == null ? NONE : new PyObject(Types.FRAME));
        gen.getter("ag_code", self -> new org.ouroboros.vm.interp.PyCode(g(self).code()));
        gen.getter("ag_await", self -> NONE);
        for (PyType t : new PyType[] {Types.ASYNC_GENERATOR_ASEND, Types.ASYNC_GENERATOR_ATHROW}) {
            TypeBuilder b = new TypeBuilder(t);
            b.method0("__await__", self -> self);
            b.method0("__iter__", self -> self);
            b.method0("__next__", self -> a(self).send(NONE));
            b.method1("send", (self, v) -> a(self).send(v));
            b.method("throw", (self, args, kw) -> a(self).throwInto(GeneratorType.exception(args)));
            b.method0("close", self -> {
                a(self).close();
                return NONE;
            });
        }
        TypeBuilder hooks = new TypeBuilder(HOOKS).constant("__module__", new PyStr("sys"));
        hooks.getter("firstiter", self -> ((org.ouroboros.vm.object.PyTuple) self).get(0));
        hooks.getter("finalizer", self -> ((org.ouroboros.vm.object.PyTuple) self).get(1));
        hooks.method0("__repr__", self -> new PyStr("asyncgen_hooks(firstiter="
                + org.ouroboros.vm.object.Ops.repr(((org.ouroboros.vm.object.PyTuple) self).get(0)).value()
                + ", finalizer=" + org.ouroboros.vm.object.Ops.repr(((org.ouroboros.vm.object.PyTuple) self).get(1)).value()
                + ")"));
        TypeBuilder anext = new TypeBuilder(Types.ANEXT_AWAITABLE);
        anext.method0("__await__", self -> self);
        anext.method0("__iter__", self -> self);
        anext.method0("__next__", self -> n(self).send(NONE));
        anext.method1("send", (self, v) -> n(self).send(v));
        anext.method("throw", (self, args, kw) -> n(self).throwInto(GeneratorType.exception(args)));
        anext.method0("close", self -> {
            n(self).close();
            return NONE;
        });
    }
}
