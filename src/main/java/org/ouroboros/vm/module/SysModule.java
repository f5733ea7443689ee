package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.StructSequence;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/** {@code sys}: argv, version, recursion limit, switch interval, stdout/stderr, exc_info. */
final class SysModule {
    private SysModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("sys");
        List<PyObject> argv = new ArrayList<>();
        for (String a : vm.argv()) {
            argv.add(new PyStr(a));
        }
        m.add("argv", new PyList(argv));
        m.add("version", new PyStr("3.11.7 (ouroboros) [Java VM]"));
        m.add("version_info", StructSequence.make("sys.version_info", PyInt.of(3), PyInt.of(11), PyInt.of(7),
                new PyStr("final"), PyInt.of(0)));
        m.add("float_info", StructSequence.make("sys.float_info", new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.add("int_info", StructSequence.make("sys.int_info", PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.add("hash_info", StructSequence.make("sys.hash_info", PyInt.of(64), PyInt.of((1L << 61) - 1),
                PyInt.of(314159), PyInt.of(0), PyInt.of(1000003), new PyStr("siphash13"), PyInt.of(64), PyInt.of(128),
                PyInt.of(0)));
        m.add("maxunicode", PyInt.of(0x10FFFF));
        m.add("path", new PyList(new ArrayList<>(List.of(new PyStr("")))));
        m.add("executable", new PyStr("ouroboros"));
        m.function("getdefaultencoding", (self, args, kw) -> new PyStr("utf-8"));
        m.function("get_int_max_str_digits", (self, args, kw) -> PyInt.of(vm.intMaxStrDigits()));
        m.function("set_int_max_str_digits", (self, args, kw) -> {
            long n = Ops.index(org.ouroboros.vm.builtins.Args.parse("set_int_max_str_digits", args, kw, 1, "maxdigits").get(0));
            if (n != 0 && n < 640) {
                throw PyExc.valueError("maxdigits must be 0 or larger than 640");
            }
            vm.setIntMaxStrDigits((int) Math.min(n, Integer.MAX_VALUE));
            return NONE;
        });
        m.add("platform", new PyStr("linux"));
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("byteorder", new PyStr("little"));
        // a namespace as CPython's (its name says which implementation runs; the version is the language's)
        m.add("implementation", Types.SIMPLE_NAMESPACE.call(new PyObject[] {new PyStr("ouroboros"), NONE,
                m.dict().get(new PyStr("version_info")), PyInt.of(0x030B07F0)},
                new String[] {"name", "cache_tag", "version", "hexversion"}));
        m.add("hexversion", PyInt.of(0x030B07F0));
        PyDict modules = new PyDict();
        for (var e : vm.modules().entrySet()) {
            modules.put(e.getKey(), e.getValue());
        }
        modules.put("sys", m);
        m.add("modules", modules);
        PyObject stdout = StdStream.of(vm, false);
        PyObject stderr = StdStream.of(vm, true);
        m.add("stdout", stdout);
        m.add("stderr", stderr);
        m.add("__stdout__", stdout);
        m.add("__stderr__", stderr);
        m.function("getrecursionlimit", (self, args, kw) -> PyInt.of(vm.recursionLimit()));
        m.function("setrecursionlimit", (self, args, kw) -> {
            long n = Ops.index(args[0]);
            if (n < 1) {
                throw PyExc.valueError("recursion limit must be greater or equal than 1");
            }
            vm.setRecursionLimit((int) Math.min(n, 100_000));
            return NONE;
        });
        m.function("getswitchinterval", (self, args, kw) -> new PyFloat(vm.switchInterval()));
        m.function("setswitchinterval", (self, args, kw) -> {
            double v = ((PyFloat) (args[0] instanceof PyFloat ? args[0] : new PyFloat(((PyInt) args[0]).doubleValue()))).value();
            if (v <= 0) {
                throw PyExc.valueError("switch interval must be strictly positive");
            }
            vm.setSwitchInterval(v);
            return NONE;
        });
        m.function("exc_info", (self, args, kw) -> {
            PyBaseException e = ThreadState.current().handled();
            return e == null ? new PyTuple(NONE, NONE, NONE)
                    : new PyTuple(e.type(), e, org.ouroboros.vm.object.PyTraceback.of(e));
        });
        m.function("exception", (self, args, kw) -> {
            PyBaseException e = ThreadState.current().handled();
            return e == null ? NONE : e;
        });
        m.function("get_asyncgen_hooks", (self, args, kw) -> {
            org.ouroboros.vm.interp.AsyncGenHooks.Hooks h = org.ouroboros.vm.interp.AsyncGenHooks.get();
            return org.ouroboros.vm.builtins.AsyncGeneratorType.hooks(h.firstiter(), h.finalizer());
        });
        m.function("set_asyncgen_hooks", (self, args, kw) -> setAsyncgenHooks(args, kw));
        m.function("getsizeof", (self, args, kw) -> PyInt.of(56));
        m.function("intern", (self, args, kw) -> vm.intern(((PyStr) args[0]).value()));
        m.function("exit", (self, args, kw) -> {
            throw new org.ouroboros.vm.object.PyException(PyExc.instance(PyExc.SYSTEM_EXIT, args));
        });
        return m;
    }

    /** {@code set_asyncgen_hooks([firstiter] [, finalizer])}: each must be callable or None; an omitted one stays. */
    private static PyObject setAsyncgenHooks(PyObject[] args, String[] kw) {
        PyObject[] given = new PyObject[2];
        String[] names = {"firstiter", "finalizer"};
        int positional = args.length - (kw == null ? 0 : kw.length);
        if (positional > 2) {
            throw PyExc.typeError("set_asyncgen_hooks() takes at most 2 arguments (" + args.length + " given)");
        }
        System.arraycopy(args, 0, given, 0, positional);
        for (int i = 0; kw != null && i < kw.length; i++) {
            int at = java.util.Arrays.asList(names).indexOf(kw[i]);
            if (at < 0) {
                throw PyExc.typeError("set_asyncgen_hooks() got an unexpected keyword argument '" + kw[i] + "'");
            }
            given[at] = args[positional + i];
        }
        for (int i = 1; i >= 0; i--) {
            PyObject h = given[i];
            if (h != null && h != NONE && !(h instanceof org.ouroboros.vm.object.PyType) && h.type().lookup("__call__") == null) {
                throw PyExc.typeError("callable " + names[i] + " expected, got " + h.type().name());
            }
        }
        org.ouroboros.vm.interp.AsyncGenHooks.set(given[0], given[1]);
        return NONE;
    }

    static PyObject type() {
        return Types.MODULE;
    }
}
