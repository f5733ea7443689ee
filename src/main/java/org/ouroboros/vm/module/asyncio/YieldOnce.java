package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * The bare {@code yield} inside {@code asyncio.sleep(0)} (asyncio's {@code __sleep0}): awaiting it
 * yields None once, so the task gives the loop one turn and is rescheduled with call_soon.
 */
final class YieldOnce extends PyObject {
    static final PyType TYPE = PyType.builtin("_YieldOnce", Types.OBJECT, null);

    static {
        TYPE.setSubclassable(false);
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("asyncio.tasks"));
        t.method0("__await__", self -> self);
        t.method0("__iter__", self -> self);
        t.method0("__next__", self -> ((YieldOnce) self).next());
        t.method1("send", (self, v) -> ((YieldOnce) self).next());
        t.method("throw", (self, args, kw) -> {
            PyObject exc = args.length > 1 && args[1] != NONE ? args[1] : args[0];
            if (exc instanceof PyType cls) {
                exc = cls.call();
            }
            throw new org.ouroboros.vm.object.PyException((org.ouroboros.vm.object.PyBaseException) exc);
        });
    }

    private boolean yielded;

    YieldOnce() {
        super(TYPE);
    }

    private PyObject next() {
        if (!yielded) {
            yielded = true;
            return NONE;
        }
        throw PyExc.stopIteration(null);
    }
}
