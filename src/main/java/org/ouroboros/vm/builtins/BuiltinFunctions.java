package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.probe.CreationProbes;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.Interpreter;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.NativeMethod;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** The {@code builtins} module: print, len, isinstance, __build_class__, … and the builtin classes. */
public final class BuiltinFunctions {
    private BuiltinFunctions() {}

    public static PyDict createBuiltins(Vm vm) {
        PyDict d = new PyDict();
        d.put("__name__", new PyStr("builtins"));
        d.put("__doc__", NONE);
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.COMPLEX, Types.STR,
                Types.BYTES, Types.BYTEARRAY, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
                Types.PROPERTY, Types.CLASSMETHOD, Types.STATICMETHOD, Types.SUPER, Types.ENUMERATE, Types.ZIP,
                Types.MAP, Types.FILTER, Types.REVERSED}) {
            d.put(t.name(), t);
        }
        for (var e : PyExc.all().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        d.put("None", NONE);
        d.put("True", PyBool.TRUE);
        d.put("False", PyBool.FALSE);
        d.put("NotImplemented", PyConstants.NOT_IMPLEMENTED);
        d.put("Ellipsis", PyConstants.ELLIPSIS);
        d.put("__debug__", PyBool.TRUE);
        def(d, "print", (self, args, kw) -> print(vm, args, kw));
        def(d, "len", (self, args, kw) -> PyInt.of(Ops.len(one("len", args, kw))));
        def(d, "repr", (self, args, kw) -> Ops.repr(one("repr", args, kw)));
        def(d, "ascii", (self, args, kw) -> new PyStr(StrType.ascii(Ops.repr(one("ascii", args, kw)).value())));
        def(d, "id", (self, args, kw) -> PyInt.of(one("id", args, kw).id()));
        def(d, "hash", (self, args, kw) -> PyInt.of(Ops.hash(one("hash", args, kw))));
        def(d, "callable", (self, args, kw) -> {
            PyObject o = one("callable", args, kw);
            return PyBool.of(o instanceof PyType || o.type().lookup("__call__") != null);
        });
        def(d, "isinstance", (self, args, kw) -> {
            expect("isinstance", args, 2);
            return PyBool.of(Ops.isInstance(args[0], args[1]));
        });
        def(d, "issubclass", (self, args, kw) -> {
            expect("issubclass", args, 2);
            return PyBool.of(Ops.isSubclass(args[0], args[1]));
        });
        def(d, "iter", (self, args, kw) -> {
            if (args.length == 2) {
                PyObject fn = args[0];
                PyObject sentinel = args[1];
                if (!(fn instanceof PyType) && fn.type().lookup("__call__") == null) {
                    throw PyExc.typeError("iter(v, w): v must be callable");
                }
                return new org.ouroboros.vm.object.PyIter(Types.CALLABLE_ITERATOR, () -> {
                    PyObject v = fn.call();
                    return Ops.eqBool(v, sentinel) ? null : v;
                });
            }
            return Ops.iter(one("iter", args, kw));
        });
        def(d, "aiter", (self, args, kw) -> org.ouroboros.vm.interp.AnextAwaitable.aiter(one("aiter", args, kw)));
        def(d, "anext", (self, args, kw) -> {
            if (args.length == 0 || args.length > 2) {
                throw PyExc.typeError("anext expected at " + (args.length == 0 ? "least 1 argument" : "most 2 arguments")
                        + ", got " + args.length);
            }
            return org.ouroboros.vm.interp.AnextAwaitable.anext(args[0], args.length == 2 ? args[1] : null);
        });
        def(d, "next", (self, args, kw) -> {
            if (args.length == 0 || args.length > 2) {
                throw PyExc.typeError("next expected at least 1 argument, got " + args.length);
            }
            PyObject it = args[0];
            PyObject nextM = it.type().lookup("__next__");
            if (nextM == null) {
                throw PyExc.typeError("'" + it.type().name() + "' object is not an iterator");
            }
            if (args.length == 1) {
                if (it instanceof org.ouroboros.vm.object.PyIter pi) {
                    PyObject v = pi.next();
                    if (v == null) {
                        throw PyExc.stopIteration(null);
                    }
                    return v;
                }
                return Calls.callMethod(nextM, it, new PyObject[0], null);
            }
            try {
                return Calls.callMethod(nextM, it, new PyObject[0], null);
            } catch (org.ouroboros.vm.object.PyException e) {
                if (e.matches(PyExc.STOP_ITERATION)) {
                    return args[1];
                }
                throw e;
            }
        });
        def(d, "getattr", (self, args, kw) -> {
            if (args.length < 2) {
                throw PyExc.typeError("getattr expected at least 2 arguments, got " + args.length);
            }
            String name = ObjectType.str(args[1]);
            if (args.length == 3) {
                PyObject v = Attributes.getOrNull(args[0], name);
                return v == null ? args[2] : v;
            }
            return Attributes.get(args[0], name);
        });
        def(d, "setattr", (self, args, kw) -> {
            expect("setattr", args, 3);
            Attributes.set(args[0], ObjectType.str(args[1]), args[2]);
            return NONE;
        });
        def(d, "delattr", (self, args, kw) -> {
            expect("delattr", args, 2);
            Attributes.delete(args[0], ObjectType.str(args[1]));
            return NONE;
        });
        def(d, "hasattr", (self, args, kw) -> {
            expect("hasattr", args, 2);
            return PyBool.of(Attributes.getOrNull(args[0], ObjectType.str(args[1])) != null);
        });
        def(d, "dir", (self, args, kw) -> {
            if (args.length == 0) {
                Frame f = ThreadState.current().frame();
                PyObject ns = f.locals() != null ? f.locals() : f.globals();
                List<PyObject> keys = IteratorTypes.list(ns).items();
                return new PyList(Sorting.sorted(keys, NONE, false));
            }
            PyObject r = Calls.callSpecial(args[0], "__dir__");
            return new PyList(Sorting.sorted(IteratorTypes.list(r).items(), NONE, false));
        });
        def(d, "vars", (self, args, kw) -> {
            if (args.length == 0) {
                Frame f = ThreadState.current().frame();
                return f.locals() != null ? f.locals() : f.globals();
            }
            PyObject v = Attributes.getOrNull(args[0], "__dict__");
            if (v == null) {
                throw PyExc.typeError("vars() argument must have __dict__ attribute");
            }
            return v;
        });
        def(d, "globals", (self, args, kw) -> ThreadState.current().frame().globals());
        def(d, "locals", (self, args, kw) -> {
            Frame f = ThreadState.current().frame();
            return f.locals() != null ? f.locals() : Frames.localsDict(f);
        });
        def(d, "abs", (self, args, kw) -> {
            PyObject o = one("abs", args, kw);
            PyObject m = o.type().lookup("__abs__");
            if (m == null) {
                throw PyExc.typeError("bad operand type for abs(): '" + o.type().name() + "'");
            }
            return Calls.callMethod(m, o, new PyObject[0], null);
        });
        def(d, "min", (self, args, kw) -> minMax("min", args, kw, 0));
        def(d, "max", (self, args, kw) -> minMax("max", args, kw, 4));
        def(d, "sum", (self, args, kw) -> {
            Args a = Args.parse("sum", args, kw, 1, "iterable", "/", "start");
            PyObject total = a.get(1, PyInt.of(0));
            if (total instanceof PyStr) {
                throw PyExc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            for (PyObject o : Ops.iterable(a.get(0))) {
                total = Ops.binary(total, o, 0);
            }
            return total;
        });
        def(d, "any", (self, args, kw) -> {
            for (PyObject o : Ops.iterable(one("any", args, kw))) {
                if (Ops.truthy(o)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        def(d, "all", (self, args, kw) -> {
            for (PyObject o : Ops.iterable(one("all", args, kw))) {
                if (!Ops.truthy(o)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        def(d, "sorted", (self, args, kw) -> {
            // sorted(iterable, /, **kw) is list(iterable).sort(**kw): the keywords are sort()'s
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 1) {
                throw PyExc.typeError("sorted expected 1 argument, got " + npos);
            }
            Args a = Args.parse("sort", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, "*", "key", "reverse");
            List<PyObject> items = IteratorTypes.list(args[0]).items();
            return new PyList(Sorting.sorted(items, a.get(0, NONE), Sorting.reverseFlag(a.get(1))));
        });
        def(d, "chr", (self, args, kw) -> {
            long c = Ops.index(one("chr", args, kw));
            if (c < 0 || c > 0x10ffff) {
                throw PyExc.valueError("chr() arg not in range(0x110000)");
            }
            return new PyStr(new String(Character.toChars((int) c)));
        });
        def(d, "ord", (self, args, kw) -> {
            PyObject o = one("ord", args, kw);
            String s = StrType.s(o);
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyExc.typeError("ord() expected a character, but string of length " + s.codePointCount(0, s.length())
                        + " found");
            }
            return PyInt.of(s.codePointAt(0));
        });
        def(d, "hex", (self, args, kw) -> new PyStr(radix(one("hex", args, kw), 16, "0x")));
        def(d, "oct", (self, args, kw) -> new PyStr(radix(one("oct", args, kw), 8, "0o")));
        def(d, "bin", (self, args, kw) -> new PyStr(radix(one("bin", args, kw), 2, "0b")));
        def(d, "round", (self, args, kw) -> {
            Args a = Args.parse("round", args, kw, 1, "number", "ndigits");
            PyObject n = a.get(0);
            PyObject m = n.type().lookup("__round__");
            if (m == null) {
                throw PyExc.typeError("type " + n.type().name() + " doesn't define __round__ method");
            }
            return Calls.callMethod(m, n, a.has(1) ? new PyObject[] {a.get(1)} : new PyObject[0], null);
        });
        def(d, "pow", (self, given, kw) -> {
            Args p = Args.parse("pow", given, kw, 2, "base", "exp", "mod");
            PyObject[] args = p.has(2) ? new PyObject[] {p.get(0), p.get(1), p.get(2)} : new PyObject[] {p.get(0), p.get(1)};
            if (args.length == 3 && args[2] != NONE) {
                if (args[0] instanceof org.ouroboros.vm.object.PyComplex || args[1] instanceof org.ouroboros.vm.object.PyComplex) {
                    throw PyExc.valueError("complex modulo");
                }
                if (!(args[0] instanceof PyInt && args[1] instanceof PyInt && args[2] instanceof PyInt)) {
                    PyObject ownPow = args[0].type().isBuiltin() ? null : args[0].type().lookup("__pow__");
                    if (ownPow != null) { // three-argument power calls the left operand's __pow__(b, mod) only
                        PyObject r = Calls.callMethod(ownPow, args[0], new PyObject[] {args[1], args[2]}, null);
                        if (r != PyConstants.NOT_IMPLEMENTED) {
                            return r;
                        }
                    }
                    boolean numbers = true;
                    for (PyObject a : args) {
                        numbers &= a instanceof PyInt || a instanceof PyFloat;
                    }
                    throw PyExc.typeError(numbers ? "pow() 3rd argument not allowed unless all arguments are integers"
                            : "unsupported operand type(s) for ** or pow(): '" + args[0].type().name() + "', '"
                            + args[1].type().name() + "', '" + args[2].type().name() + "'");
                }
                if (((PyInt) args[2]).signum() == 0) {
                    throw PyExc.valueError("pow() 3rd argument cannot be 0");
                }
                return PyInt.of(((PyInt) args[0]).bigValue().modPow(((PyInt) args[1]).bigValue(), ((PyInt) args[2]).bigValue()));
            }
            return Ops.binary(args[0], args[1], 8); // pow(a, b, None) is pow(a, b)
        });
        def(d, "divmod", (self, args, kw) -> {
            expect("divmod", args, 2);
            PyObject m = args[0].type().lookup("__divmod__");
            PyObject r = m == null ? PyConstants.NOT_IMPLEMENTED : Calls.callMethod(m, args[0], new PyObject[] {args[1]}, null);
            if (r == PyConstants.NOT_IMPLEMENTED) {
                PyObject rm = args[1].type().lookup("__rdivmod__");
                r = rm == null ? r : Calls.callMethod(rm, args[1], new PyObject[] {args[0]}, null);
            }
            if (r == PyConstants.NOT_IMPLEMENTED) {
                throw PyExc.typeError("unsupported operand type(s) for divmod(): '" + args[0].type().name() + "' and '"
                        + args[1].type().name() + "'");
            }
            return r;
        });
        def(d, "format", (self, args, kw) -> StrType.format(args[0], args.length > 1 ? StrType.s(args[1]) : ""));
        def(d, "input", (self, args, kw) -> {
            TypeBuilder.noKeywords("input", kw);
            if (args.length > 1) {
                throw PyExc.typeError("input expected at most 1 argument, got " + args.length);
            }
            if (args.length > 0) {
                vm.writeOut(Ops.str(args[0]).value());
            }
            vm.flush();
            String line = vm.readLine();
            if (line == null) {
                throw PyExc.raise(PyExc.EOF_ERROR, "EOF when reading a line");
            }
            return new PyStr(line);
        });
        def(d, "open", (self, args, kw) -> OpenFunction.open(args, kw));
        def(d, "exit", (self, args, kw) -> {
            throw new org.ouroboros.vm.object.PyException(PyExc.instance(PyExc.SYSTEM_EXIT, args));
        });
        d.put("quit", d.get("exit"));
        def(d, "__build_class__", (self, args, kw) -> buildClass(args, kw));
        def(d, "__import__", (self, args, kw) -> vm.importModule(StrType.s(args[0]), false));
        def(d, "exec", (self, args, kw) -> execOrEval(vm, args, false));
        def(d, "eval", (self, args, kw) -> execOrEval(vm, args, true));
        def(d, "compile", (self, args, kw) -> compile(vm, args, kw));
        return d;
    }

    private static void def(PyDict d, String name, NativeMethod body) {
        d.put(name, new PyBuiltinFunction(name, null, body, "builtins"));
    }

    private static PyObject one(String name, PyObject[] args, String[] kw) {
        TypeBuilder.noKeywords(name, kw);
        if (args.length != 1) {
            throw PyExc.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    private static void expect(String name, PyObject[] args, int n) {
        if (args.length != n) {
            throw PyExc.typeError(name + " expected " + n + " arguments, got " + args.length);
        }
    }

    private static String radix(PyObject o, int radix, String prefix) {
        java.math.BigInteger v = Ops.indexInt(o).bigValue();
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    private static PyObject print(Vm vm, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        String sep = " ";
        String end = "\n";
        PyObject file = NONE;
        boolean flush = false;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kw[k]) {
                case "sep" -> sep = v == NONE ? " " : checkStr("sep", v);
                case "end" -> end = v == NONE ? "\n" : checkStr("end", v);
                case "file" -> file = v;
                case "flush" -> flush = Ops.truthy(v);
                default -> throw PyExc.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == NONE) {
            file = org.ouroboros.vm.module.StdStream.out(vm);
        }
        if (file == null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Ops.str(args[i]).value());
            }
            vm.writeOut(sb.append(end).toString());
            if (flush) {
                vm.flush();
            }
        } else if (file != NONE) { // a file object gets one write per piece, as CPython's print does
            PyObject write = Attributes.get(file, "write");
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    write.call(new PyStr(sep));
                }
                write.call(Ops.str(args[i]));
            }
            write.call(new PyStr(end));
            if (flush) {
                Attributes.get(file, "flush").call();
            }
        } // sys.stdout = None: print writes nothing
        return NONE;
    }

    private static String checkStr(String what, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyExc.typeError(what + " must be None or a string, not " + v.type().name());
        }
        return s.value();
    }

    private static PyObject minMax(String name, PyObject[] args, String[] kw, int op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = NONE;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("key")) {
                key = args[npos + k];
            } else if (kw[k].equals("default")) {
                dflt = args[npos + k];
            } else {
                throw PyExc.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos > 1 && dflt != null) {
            throw PyExc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (npos == 0) {
            throw PyExc.typeError(name + " expected at least 1 argument, got 0");
        }
        Iterable<PyObject> items = npos == 1 ? Ops.iterable(args[0]) : java.util.Arrays.asList(args).subList(0, npos);
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject o : items) {
            PyObject k = key == NONE ? o : key.call(o);
            if (best == null || Ops.truthy(Ops.compare(k, bestKey, op))) {
                best = o;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** PEP 560: a base that is no class but has {@code __mro_entries__} (as {@code list[int]}) stands for what it returns. */
    private static PyObject[] resolveBases(PyObject[] bases) {
        List<PyObject> resolved = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject entries = bases[i] instanceof PyType ? null : Attributes.getOrNull(bases[i], "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(bases[i]);
                }
                continue;
            }
            if (resolved == null) {
                resolved = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            PyObject r = entries.call(new PyTuple(bases));
            if (!(r instanceof PyTuple t)) {
                throw PyExc.typeError("__mro_entries__ must return a tuple");
            }
            resolved.addAll(t.asList());
        }
        return resolved == null ? bases : resolved.toArray(new PyObject[0]);
    }

    /**
     * {@code __build_class__(func, name, *bases, metaclass=..., **kw)}: pick the metaclass,
     * {@code __prepare__} the namespace, run the body in it, then call the metaclass.
     */
    private static PyObject buildClass(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyExc.typeError("__build_class__: not enough arguments");
        }
        PyFunction body = (PyFunction) args[0];
        PyObject name = args[1];
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = resolveBases(origBases);
        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("metaclass")) {
                meta = args[npos + k];
            } else {
                kwNames.add(kw[k]);
                kwValues.add(args[npos + k]);
            }
        }
        CreationProbes.classStatementStarted(name, bases, meta);
        PyType[] baseTypes = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType b)) {
                throw PyExc.typeError("bases must be types");
            }
            baseTypes[i] = b;
        }
        if (meta == null) {
            meta = bases.length == 0 ? Types.TYPE : bases[0].type();
        }
        PyObject startMeta = meta;
        if (meta instanceof PyType mt) {
            meta = TypeType.mostDerivedMetaclass(mt, baseTypes);
        }
        CreationProbes.metaclassResolved(name, startMeta, baseTypes, meta);
        PyTuple basesTuple = new PyTuple(bases);
        String[] kwArr = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        PyObject prepare = Attributes.getOrNull(meta, "__prepare__");
        PyObject ns;
        if (prepare != null) {
            CreationProbes.namespacePrepared(name, meta);
            PyObject[] pargs = new PyObject[2 + kwValues.size()];
            pargs[0] = name;
            pargs[1] = basesTuple;
            for (int i = 0; i < kwValues.size(); i++) {
                pargs[2 + i] = kwValues.get(i);
            }
            ns = prepare.call(pargs, kwArr);
        } else {
            ns = new PyDict();
        }
        PyObject cell = Frames.runClassBody(body, ns);
        if (bases != origBases) {
            Ops.setItem(ns, new PyStr("__orig_bases__"), new PyTuple(origBases));
        }
        CreationProbes.bodyExecuted(name, ns);
        PyObject[] cargs = new PyObject[3 + kwValues.size()];
        cargs[0] = name;
        cargs[1] = basesTuple;
        cargs[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) {
            cargs[3 + i] = kwValues.get(i);
        }
        PyObject cls = meta.call(cargs, kwArr);
        CreationProbes.classStatementFinished(name, cls);
        if (cell instanceof PyCell c && c.get() != cls && cls instanceof PyType) {
            if (c.get() == null) {
                c.set(cls);
            }
        }
        return cls;
    }

    /** {@code compile(source, filename, mode)}: a code object for exec() or eval(). */
    private static PyObject compile(Vm vm, PyObject[] args, String[] kw) {
        Args a = Args.parse("compile", args, kw, 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
        String src = sourceText(a.get(0), "compile() arg 1 must be a string, bytes or AST object");
        String filename = StrType.s(a.get(1));
        String mode = StrType.s(a.get(2));
        try {
            return new org.ouroboros.vm.interp.PyCode(switch (mode) {
                case "exec" -> org.ouroboros.vm.compiler.Compiler.compileModule(src, filename, vm::intern, vm::warn);
                case "eval" -> org.ouroboros.vm.compiler.Compiler.compileEval(src, filename, vm::intern, vm::warn);
                case "single" -> org.ouroboros.vm.compiler.Compiler.compileInteractive(src, filename, vm::intern, vm::warn);
                default -> throw PyExc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            });
        } catch (org.ouroboros.vm.compiler.SourceError e) {
            throw new org.ouroboros.vm.object.PyException(e.toPython());
        }
    }

    private static String sourceText(PyObject source, String wrongType) {
        if (source instanceof PyStr s) {
            return s.value();
        }
        if (source instanceof org.ouroboros.vm.object.PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyExc.typeError(wrongType);
    }

    private static PyObject execOrEval(Vm vm, PyObject[] args, boolean eval) {
        String name = eval ? "eval" : "exec";
        if (args.length < 1 || args.length > 3) {
            throw PyExc.typeError(name + " expected " + (args.length < 1 ? "at least 1 argument" : "at most 3 arguments")
                    + ", got " + args.length);
        }
        Frame f = ThreadState.current().frame();
        if (args.length > 1 && args[1] != NONE && !(args[1] instanceof PyDict)) {
            throw PyExc.typeError(eval ? "globals must be a dict" : "exec() globals must be a dict, not "
                    + args[1].type().name());
        }
        PyDict globals = args.length > 1 && args[1] != NONE ? (PyDict) args[1] : f.globals();
        if (globals.get(new PyStr("__builtins__")) == null) {
            globals.put(new PyStr("__builtins__"), vm.modules().get("builtins"));
        }
        PyObject locals = args.length > 2 && args[2] != NONE ? args[2]
                : args.length > 1 && args[1] != NONE ? globals : (f.locals() != null ? f.locals() : Frames.localsDict(f));
        if (args[0] instanceof org.ouroboros.vm.interp.PyCode compiled) {
            return Interpreter.run(compiled.code(), globals, locals);
        }
        String src = sourceText(args[0], name + "() arg 1 must be a string, bytes or code object");
        try {
            var code = eval ? org.ouroboros.vm.compiler.Compiler.compileEval(src, "<string>", vm::intern, vm::warn)
                    : org.ouroboros.vm.compiler.Compiler.compileModule(src, "<string>", vm::intern, vm::warn);
            PyObject r = Interpreter.run(code, globals, locals);
            return eval ? r : NONE;
        } catch (org.ouroboros.vm.compiler.SourceError e) {
            throw new org.ouroboros.vm.object.PyException(e.toPython());
        }
    }

    static PyFloat f(double d) {
        return new PyFloat(d);
    }
}
