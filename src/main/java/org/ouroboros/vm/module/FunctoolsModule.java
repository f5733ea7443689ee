package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/** {@code functools}: partial, wraps/update_wrapper, reduce natively; the rest from {@code functools_lib.py}. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    /** A {@code functools.partial} object. */
    static final class Partial extends PyObject {
        PyObject func;
        PyTuple args;
        PyDict keywords;

        Partial() {
            super(Types.PARTIAL);
        }

        @Override
        public PyObject call(PyObject[] callArgs, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = callArgs.length - nkw;
            List<PyObject> all = new ArrayList<>(args.asList());
            all.addAll(java.util.Arrays.asList(callArgs).subList(0, npos));
            PyDict kw = new PyDict();
            kw.map().putAll(keywords.map());
            for (int i = 0; i < nkw; i++) {
                kw.put(kwnames[i], callArgs[npos + i]);
            }
            String[] names = new String[kw.size()];
            int k = 0;
            for (var e : kw.map().entrySet()) {
                names[k++] = ((PyStr) e.getKey()).value();
                all.add(e.getValue());
            }
            return func.call(all.toArray(new PyObject[0]), names.length == 0 ? null : names);
        }
    }

    private static boolean installed;

    /** Called once while the shared builtin classes are created (never later: they are shared by all VMs). */
    public static synchronized void installPartialType() {
        if (installed) {
            return;
        }
        installed = true;
        Types.PARTIAL.define("__module__", new PyStr("functools"));
        new TypeBuilder(Types.PARTIAL)
                .constructor((cls, args, kw) -> {
                    int nkw = kw == null ? 0 : kw.length;
                    int npos = args.length - nkw;
                    if (npos < 1) {
                        throw PyExc.typeError("type 'partial' takes at least one argument");
                    }
                    Partial p = new Partial();
                    p.func = args[0];
                    p.args = new PyTuple(java.util.Arrays.copyOfRange(args, 1, npos));
                    p.keywords = new PyDict();
                    if (args[0] instanceof Partial inner) {
                        // partial(partial(f, a), b) is partial(f, a, b), as CPython flattens it
                        List<PyObject> joined = new ArrayList<>(inner.args.asList());
                        joined.addAll(p.args.asList());
                        p.func = inner.func;
                        p.args = new PyTuple(joined.toArray(new PyObject[0]));
                        p.keywords.map().putAll(inner.keywords.map());
                    }
                    for (int i = 0; i < nkw; i++) {
                        p.keywords.put(kw[i], args[npos + i]);
                    }
                    return p;
                })
                .method("__call__", (self, args, kw) -> self.call(args, kw))
                .getter("func", self -> ((Partial) self).func)
                .getter("args", self -> ((Partial) self).args)
                .getter("keywords", self -> ((Partial) self).keywords)
                .method0("__repr__", self -> {
                    Partial p = (Partial) self;
                    StringBuilder sb = new StringBuilder("functools.partial(").append(Ops.repr(p.func).value());
                    for (PyObject a : p.args.items()) {
                        sb.append(", ").append(Ops.repr(a).value());
                    }
                    for (var e : p.keywords.map().entrySet()) {
                        sb.append(", ").append(((PyStr) e.getKey()).value()).append('=').append(Ops.repr(e.getValue()).value());
                    }
                    return new PyStr(sb.append(')').toString());
                });
        Types.PARTIAL.setInstancesHaveDict(true);
    }

    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__"};

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("functools");
        m.add("partial", Types.PARTIAL);
        m.add("WRAPPER_ASSIGNMENTS", new PyTuple(new PyStr("__module__"), new PyStr("__name__"),
                new PyStr("__qualname__"), new PyStr("__doc__"), new PyStr("__annotations__")));
        m.function("update_wrapper", (self, args, kw) -> updateWrapper(args[0], args[1]));
        m.function("wraps", (self, args, kw) -> {
            PyObject wrapped = args[0];
            return new PyBuiltinFunction("decorator", null, (s2, a2, k2) -> updateWrapper(a2[0], wrapped), "functools");
        });
        m.function("reduce", (self, args, kw) -> {
            PyObject fn = args[0];
            PyObject it = Ops.iter(args[1]);
            PyObject acc = args.length > 2 ? args[2] : Ops.next(it);
            if (acc == null) {
                throw PyExc.typeError("reduce() of empty iterable with no initial value");
            }
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                acc = fn.call(acc, v);
            }
            return acc;
        });
        // lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch: in Python
        m.add("__builtins__", vm.modules().get("builtins"));
        BundledSource.run(vm, FunctoolsModule.class, "functools_lib.py",
                org.ouroboros.vm.code.CodeObject.LIBRARY_PREFIX + "functools>", m);
        return m;
    }

    private static PyObject updateWrapper(PyObject wrapper, PyObject wrapped) {
        for (String attr : WRAPPER_ASSIGNMENTS) {
            PyObject v = Attributes.getOrNull(wrapped, attr);
            if (v != null) {
                Attributes.set(wrapper, attr, v);
            }
        }
        PyDict wd = wrapper.dict();
        PyDict src = wrapped.dict();
        if (wd != null && src != null) {
            wd.map().putAll(src.map());
        }
        Attributes.set(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    static PyObject none() {
        return NONE;
    }
}
