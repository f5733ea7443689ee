package org.ouroboros.sched;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/**
 * How values cross a process boundary in processes mode, in place of fork and pickle.
 *
 * <ul>
 *   <li>{@link #fork}: a new process starts with a deep copy of what its entry point reaches: the
 *       {@code __main__} globals (so rebinding or mutating them in the child never shows in the
 *       parent), lists, dicts, sets, tuples, instances of user classes, functions defined in
 *       {@code __main__} (re-bound to the copied globals). The copies are remembered per process.</li>
 *   <li>{@link #transfer}: a value sent through a multiprocessing Queue or Pipe is deep-copied
 *       like pickle would: data is copied, functions and classes travel by reference and resolve to
 *       the receiving process's own copy (made at fork).</li>
 * </ul>
 * Shared, never copied: immutable values, classes, modules, builtin objects (locks), and objects
 * whose class sets {@code _ob_shared = True} (the multiprocessing channels themselves).
 * Known simplification: classes are shared, so a class attribute changed in a child shows in the
 * parent, and methods of classes still read the parent's module globals.
 */
final class ProcessCopier {
    private final Map<PyObject, PyObject> memo;
    private final PyDict mainGlobals;
    private final boolean copyFunctions;

    private ProcessCopier(Map<PyObject, PyObject> memo, PyDict mainGlobals, boolean copyFunctions) {
        this.memo = memo;
        this.mainGlobals = mainGlobals;
        this.copyFunctions = copyFunctions;
    }

    /** Copies {@code o} into a new process whose fork memory is {@code forkMemo} (filled here). */
    static PyObject fork(PyObject o, Map<PyObject, PyObject> forkMemo, PyDict mainGlobals) {
        ProcessCopier c = new ProcessCopier(forkMemo, mainGlobals, true);
        if (mainGlobals != null) {
            c.copy(mainGlobals);
        }
        return c.copy(o);
    }

    /** A pickle-like copy of {@code o} for a process whose fork memory is {@code forkMemo}. */
    static PyObject transfer(PyObject o, Map<PyObject, PyObject> forkMemo) {
        Map<PyObject, PyObject> memo = new IdentityHashMap<>();
        for (Map.Entry<PyObject, PyObject> e : forkMemo.entrySet()) {
            if (e.getKey() instanceof PyFunction || e.getKey() == e.getValue()) {
                memo.put(e.getKey(), e.getValue());
            }
        }
        return new ProcessCopier(memo, null, false).copy(o);
    }

    private PyObject copy(PyObject o) {
        if (o == null) {
            return null;
        }
        PyObject done = memo.get(o);
        if (done != null) {
            return done;
        }
        if (o instanceof PyList l && l.type() == Types.LIST) {
            PyList n = new PyList();
            memo.put(o, n);
            for (PyObject x : new ArrayList<>(l.items())) {
                n.items().add(copy(x));
            }
            return n;
        }
        if (o instanceof PyDict d && (d.type() == Types.DICT)) {
            PyDict n = new PyDict();
            memo.put(o, n);
            for (Map.Entry<PyObject, PyObject> e : List.copyOf(d.map().entrySet())) {
                n.put(copy(e.getKey()), copy(e.getValue()));
            }
            return n;
        }
        if (o instanceof PySet s && s.type() == Types.SET) {
            PySet n = new PySet();
            memo.put(o, n);
            for (PyObject x : List.copyOf(s.items())) {
                n.items().add(copy(x));
            }
            return n;
        }
        if (o instanceof PyTuple t && t.type() == Types.TUPLE) {
            PyObject[] items = t.items();
            PyObject[] copied = new PyObject[items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                copied[i] = copy(items[i]);
                same &= copied[i] == items[i];
            }
            return same ? o : new PyTuple(copied);
        }
        if (o instanceof PyFunction f) {
            if (!copyFunctions || f.globals() != mainGlobals) {
                return o;
            }
            PyCell[] cells = f.closure();
            PyCell[] newCells = cells;
            if (cells != null) {
                newCells = new PyCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    newCells[i] = new PyCell(copy(cells[i].get()));
                }
            }
            PyFunction n = new PyFunction(f.code(), (PyDict) copy(f.globals()),
                    f.defaults() == null ? null : (PyTuple) copy(f.defaults()),
                    f.kwdefaults() == null ? null : (PyDict) copy(f.kwdefaults()), newCells);
            memo.put(o, n);
            n.setName(f.name());
            n.setQualname(f.qualname());
            n.setDoc(f.doc());
            return n;
        }
        if (o instanceof PyMethod m) {
            return new PyMethod(copy(m.function()), copy(m.self()));
        }
        if (!o.type().isBuiltin() && o.dict() != null && !shared(o)) {
            PyObject n = o.type().allocate();
            memo.put(o, n);
            for (Map.Entry<PyObject, PyObject> e : List.copyOf(o.dict().map().entrySet())) {
                n.dict().put(e.getKey(), copy(e.getValue()));
            }
            return n;
        }
        return o;
    }

    private static boolean shared(PyObject o) {
        PyObject flag = o.type().lookup("_ob_shared");
        return flag != null && Ops.truthy(flag);
    }
}
