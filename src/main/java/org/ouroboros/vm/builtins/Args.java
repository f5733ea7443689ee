package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;

/**
 * Parses the arguments of a builtin with named, optional parameters: {@code Args.parse("sorted",
 * args, kw, 1, "iterable", "/", "key", "reverse")} — names after "/" are keyword-only? No: names
 * before "/" are positional-only, names after "*" keyword-only, the rest either.
 */
public final class Args {
    private final String[] names;
    private final PyObject[] values;

    private Args(String[] names, PyObject[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * @param required how many leading parameters must be given
     * @param spec parameter names, with optional markers "/" (end of positional-only) and "*" (start of keyword-only)
     */
    public static Args parse(String fname, PyObject[] args, String[] kw, int required, String... spec) {
        int posOnlyEnd = -1;
        int kwOnlyStart = Integer.MAX_VALUE;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String s : spec) {
            if (s.equals("/")) {
                posOnlyEnd = names.size();
            } else if (s.equals("*")) {
                kwOnlyStart = names.size();
            } else {
                names.add(s);
            }
        }
        String[] n = names.toArray(new String[0]);
        PyObject[] v = new PyObject[n.length];
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int maxPos = Math.min(n.length, kwOnlyStart);
        if (posOnlyEnd == maxPos && maxPos > 0) {
            // every positional parameter is positional-only: Argument Clinic's own wording
            if (nkw > 0 && n.length == maxPos) {
                throw PyExc.typeError(fname + "() takes no keyword arguments");
            }
            if (npos > maxPos || npos < required) {
                int bound = npos > maxPos ? maxPos : required;
                throw PyExc.typeError(fname + " expected " + (required == maxPos ? "" : npos > maxPos ? "at most " : "at least ")
                        + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + npos);
            }
        } else if (posOnlyEnd > 0 && npos < Math.min(required, posOnlyEnd)) {
            int minPos = Math.min(required, posOnlyEnd);
            throw PyExc.typeError(fname + "() takes " + (minPos < maxPos ? "at least " : "exactly ") + minPos
                    + " positional argument" + (minPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (args.length > n.length) {
            throw PyExc.typeError(fname + "() takes at most " + n.length + (npos == 0 ? " keyword" : "") + " argument"
                    + (n.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        if (npos > maxPos) {
            if (maxPos == 0) {
                throw PyExc.typeError(fname + "() takes no positional arguments");
            }
            throw PyExc.typeError(fname + "() takes at most " + maxPos + (maxPos < n.length ? " positional" : "")
                    + " argument" + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = Math.max(0, posOnlyEnd); i < n.length; i++) {
                if (n[i].equals(kw[k])) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                throw PyExc.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (v[idx] != null) {
                throw PyExc.typeError(fname + "() got multiple values for argument '" + kw[k] + "'");
            }
            v[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (v[i] == null) {
                throw PyExc.typeError(fname + "() missing required argument '" + n[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return new Args(n, v);
    }

    /** The value of parameter {@code i}, or null when not given. */
    public PyObject get(int i) {
        return values[i];
    }

    public PyObject get(int i, PyObject dflt) {
        return values[i] == null ? dflt : values[i];
    }

    public boolean has(int i) {
        return values[i] != null;
    }

    String name(int i) {
        return names[i];
    }
}
