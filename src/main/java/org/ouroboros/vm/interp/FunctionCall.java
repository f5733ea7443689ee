package org.ouroboros.vm.interp;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/**
 * Calling a Python function: binds arguments to parameters with CPython's rules and messages,
 * sets up cells, then runs the frame (or wraps it in a generator/coroutine without running it).
 */
public final class FunctionCall {
    private FunctionCall() {}

    public static PyObject call(PyFunction func, PyObject self, PyObject[] args, String[] kwnames) {
        return call(ThreadState.current(), func, self, args, kwnames);
    }

    /** As {@link #call(PyFunction, PyObject, PyObject[], String[])} when the caller already has the thread state. */
    static PyObject call(ThreadState ts, PyFunction func, PyObject self, PyObject[] args, String[] kwnames) {
        CodeObject co = func.code();
        Frame f = new Frame(co, func.globals(), ts.vm().builtinsDict(), null, func);
        bindArguments(f, func, self, args, kwnames);
        setUpCells(f, func);
        if (co.has(CodeObject.CO_GENERATOR) || co.has(CodeObject.CO_COROUTINE) || co.has(CodeObject.CO_ASYNC_GENERATOR)) {
            f.pc = co.generatorEntry();
            PyGenerator g = new PyGenerator(f, co.has(CodeObject.CO_COROUTINE) ? Types.COROUTINE
                    : co.has(CodeObject.CO_ASYNC_GENERATOR) ? Types.ASYNC_GENERATOR : Types.GENERATOR, func);
            if (ts.coarse()) {
                GeneratorTrace.created(ts, g, f);
            }
            return g;
        }
        return Interpreter.execute(ts, f);
    }

    /**
     * The common call: exactly {@code argcount} positional arguments, no keywords, no star parameters, no
     * keyword-only parameters, not a generator. The arguments are copied from the caller's stack
     * straight into the callee's locals. Returns the ready frame (run it with
     * {@link Interpreter#execute}), or null for anything else: the general path handles it.
     */
    static Frame plainPositionalFrame(ThreadState ts, PyFunction func, PyObject[] stack, int start, int nargs) {
        if (func.plainArity() != nargs) {
            return null;
        }
        Frame f = ts.takeSpareFrame(func);
        if (f == null) {
            f = newFrame(ts, func);
        }
        // A loop, not System.arraycopy: a call copies a few references and the loop is cheaper for that.
        PyObject[] fast = f.fast;
        for (int i = 0; i < nargs; i++) {
            fast[i] = stack[start + i];
        }
        if (f.cells.length > 0) {
            setUpCells(f, func);
        }
        return f;
    }

    /** Out of line: the constructor inlined here would make the call path too big for the JIT to inline. */
    static Frame newFrame(ThreadState ts, PyFunction func) {
        return new Frame(func.code(), func.globals(), ts.vm().builtinsDict(), null, func);
    }

    static void setUpCells(Frame f, PyFunction func) {
        CodeObject co = f.code;
        String[] cellvars = co.cellvars();
        if (cellvars.length > 0) {
            String[] varnames = co.varnames();
            for (int i = 0; i < cellvars.length; i++) {
                PyObject initial = null;
                for (int j = 0; j < varnames.length; j++) {
                    if (varnames[j].equals(cellvars[i])) {
                        initial = f.fast[j];
                        break;
                    }
                }
                f.cells[i] = new PyCell(initial);
            }
        }
        PyCell[] closure = func.closure();
        if (closure != null) {
            System.arraycopy(closure, 0, f.cells, cellvars.length, closure.length);
        }
    }

    private static void bindArguments(Frame f, PyFunction func, PyObject self, PyObject[] args, String[] kwnames) {
        CodeObject co = f.code;
        PyObject[] fast = f.fast;
        int n = co.argcount();
        int kwonly = co.kwonlyargcount();
        boolean hasVarargs = co.has(CodeObject.CO_VARARGS);
        boolean hasKwargs = co.has(CodeObject.CO_VARKEYWORDS);
        int total = n + kwonly;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int offset = self != null ? 1 : 0;
        int given = npos + offset;
        if (self != null && n > 0) {
            fast[0] = self;
        }
        int toCopy = Math.min(given, n);
        for (int i = offset; i < toCopy; i++) {
            fast[i] = args[i - offset];
        }
        if (hasVarargs) {
            int extra = Math.max(0, given - n);
            PyObject[] rest = new PyObject[extra];
            for (int i = 0; i < extra; i++) {
                rest[i] = positional(args, self, n + i);
            }
            fast[total] = extra == 0 ? PyTuple.EMPTY : new PyTuple(rest);
        } else if (given > n) {
            throw tooManyPositional(func, co, given, kwnames, f);
        }
        PyDict kwdict = null;
        if (hasKwargs) {
            kwdict = new PyDict();
            fast[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        String[] varnames = co.varnames();
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int slot = -1;
            for (int j = co.posonlyargcount(); j < total; j++) {
                if (varnames[j].equals(name)) {
                    slot = j;
                    break;
                }
            }
            if (slot >= 0) {
                if (fast[slot] != null) {
                    throw PyExc.typeError(func.qualname() + "() got multiple values for argument '" + name + "'");
                }
                fast[slot] = value;
            } else if (kwdict != null) {
                kwdict.put(new PyStr(name), value);
            } else {
                java.util.List<String> posOnly = new java.util.ArrayList<>();
                for (int j = 0; j < co.posonlyargcount(); j++) {
                    for (int m = 0; m < nkw; m++) {
                        if (varnames[j].equals(kwnames[m])) {
                            posOnly.add(varnames[j]);
                        }
                    }
                }
                if (!posOnly.isEmpty()) {
                    throw PyExc.typeError(func.qualname() + "() got some positional-only arguments passed as keyword "
                            + "arguments: '" + String.join(", ", posOnly) + "'");
                }
                throw PyExc.typeError(func.qualname() + "() got an unexpected keyword argument '" + name + "'");
            }
        }
        if (given < n || kwonly > 0) {
            fillDefaults(f, func, co, n, kwonly);
        }
    }

    private static PyObject positional(PyObject[] args, PyObject self, int i) {
        return self == null ? args[i] : (i == 0 ? self : args[i - 1]);
    }

    private static void fillDefaults(Frame f, PyFunction func, CodeObject co, int n, int kwonly) {
        PyObject[] fast = f.fast;
        PyTuple defaults = func.defaults();
        int ndef = defaults == null ? 0 : defaults.size();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fast[i] == null) {
                int d = i - (n - ndef);
                if (d >= 0) {
                    fast[i] = defaults.get(d);
                } else {
                    missing.add(co.varnames()[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(func, missing, "positional");
        }
        PyDict kwdefaults = func.kwdefaults();
        for (int i = n; i < n + kwonly; i++) {
            if (fast[i] == null) {
                PyObject d = kwdefaults == null ? null : kwdefaults.get(co.varnames()[i]);
                if (d != null) {
                    fast[i] = d;
                } else {
                    missing.add(co.varnames()[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(func, missing, "keyword-only");
        }
    }

    private static RuntimeException missingArguments(PyFunction func, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder(func.qualname()).append("() missing ").append(names.size())
                .append(" required ").append(kind).append(" argument").append(names.size() == 1 ? "" : "s").append(": ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyExc.typeError(sb.toString());
    }

    private static RuntimeException tooManyPositional(PyFunction func, CodeObject co, int given, String[] kwnames, Frame f) {
        int n = co.argcount();
        PyTuple defaults = func.defaults();
        int ndef = defaults == null ? 0 : defaults.size();
        String takes;
        if (ndef > 0) {
            takes = "from " + (n - ndef) + " to " + n + " positional arguments";
        } else {
            takes = n + " positional argument" + (n == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int j = n; j < n + co.kwonlyargcount(); j++) {
                    if (co.varnames()[j].equals(k)) {
                        kwonlyGiven++;
                    }
                }
            }
        }
        String was = given == 1 ? "was" : "were";
        if (kwonlyGiven > 0) {
            return PyExc.typeError(func.qualname() + "() takes " + takes + " but " + given + " positional argument"
                    + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ") were given");
        }
        return PyExc.typeError(func.qualname() + "() takes " + takes + " but " + given + " " + was + " given");
    }
}
