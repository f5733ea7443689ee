package org.ouroboros.vm.module.asyncio;

import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyException;

/** Short texts for callbacks, coroutines and values, as asyncio's reprs and our traces show them. */
final class Describe {
    private Describe() {}

    /** A callable's name: {@code get_html}, {@code Task.task_wakeup}, {@code functools.partial(callback, 'url')}. */
    static String callable(PyObject fn) {
        if (fn instanceof PyFunction f) {
            return f.qualname();
        }
        if (fn instanceof PyMethod m) {
            return callable(m.function());
        }
        if (fn instanceof PyBuiltinFunction b) {
            return b.name();
        }
        return safeRepr(fn);
    }

    /** A callback as a future's repr lists it: {@code callback() at file.py:3}-like, here just its name with (). */
    static String callbackText(PyObject fn) {
        String name = callable(fn);
        return name.startsWith("functools.partial(") ? name : name + "()";
    }

    /** A call as asyncio's handle repr shows it: {@code print(1, 2)}. */
    static String call(PyObject fn, PyObject[] args) {
        StringBuilder sb = new StringBuilder(callable(fn)).append('(');
        for (int i = 0; i < args.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shortRepr(args[i]));
        }
        return sb.append(')').toString();
    }

    static String coroutine(PyObject coro) {
        return coro instanceof PyGenerator g ? g.qualname() : coro.type().name();
    }

    /** repr truncated like reprlib (asyncio shortens long results in reprs). */
    static String shortRepr(PyObject o) {
        String r = safeRepr(o);
        return r.length() > 60 ? r.substring(0, 27) + "..." + r.substring(r.length() - 27) : r;
    }

    static String safeRepr(PyObject o) {
        try {
            return Ops.repr(o).value();
        } catch (PyException | StackOverflowError e) {
            return "<" + o.type().name() + " object>";
        }
    }
}
