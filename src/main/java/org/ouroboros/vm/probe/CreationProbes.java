package org.ouroboros.vm.probe;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.CreationEvent;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * Hooks in {@code vm.object.Calls}, {@code vm.builtins.TypeType} and {@code __build_class__}: the
 * steps of {@code C(...)} and of a class statement. Calls of builtin classes ({@code int("3")},
 * {@code list()}) are not reported, except {@code type(name, bases, dict)}.
 */
public final class CreationProbes {
    private CreationProbes() {}

    private static ThreadState traced(PyType cls) {
        ThreadState ts = ThreadState.fineOrNull();
        return ts != null && shown(cls) ? ts : null;
    }

    /** User classes, classes of user metaclasses, and {@code type} itself (the three-argument form). */
    private static boolean shown(PyType cls) {
        return !cls.isBuiltin() || !cls.type().isBuiltin() || cls == Types.TYPE;
    }

    /** {@code cls(...)} is called; {@code callOwner} is the class whose {@code __call__} runs. */
    public static void classCalled(PyType cls, PyType callOwner, PyObject[] args) {
        ThreadState ts = traced(cls);
        if (ts != null && !(cls == Types.TYPE && args.length == 1)) {
            ts.emit(new CreationEvent.ClassCalled(ts.threadId(), ts.depth(), cls.name(), cls.type().name(),
                    callOwner == null ? "type" : callOwner.name(), args.length));
        }
    }

    /** {@code cls(...)} returns {@code result}; returns it. */
    public static PyObject classCallFinished(PyType cls, PyObject[] args, PyObject result) {
        ThreadState ts = traced(cls);
        if (ts != null && !(cls == Types.TYPE && args.length == 1)) {
            ts.emit(new CreationEvent.ClassCallFinished(ts.threadId(), ts.depth(), cls.name(), result.type().name(),
                    repr(ts, result)));
        }
        return result;
    }

    /** {@code type.__call__} is about to call {@code cls.__new__}. */
    public static void newCalled(PyType cls) {
        ThreadState ts = traced(cls);
        if (ts != null) {
            ts.emit(new CreationEvent.NewCalled(ts.threadId(), ts.depth(), cls.name(), ownerName(cls, "__new__")));
        }
    }

    /** {@code __new__} returned {@code obj}: reports it, and that {@code __init__} is skipped when obj is not a cls. */
    public static void newReturned(PyType cls, PyObject obj) {
        ThreadState ts = traced(cls);
        if (ts == null) {
            return;
        }
        boolean instance = obj.type().isSubtype(cls);
        ts.emit(new CreationEvent.NewReturned(ts.threadId(), ts.depth(), cls.name(), obj.type().name(),
                repr(ts, obj), instance));
        if (!instance) {
            ts.emit(new CreationEvent.InitSkipped(ts.threadId(), ts.depth(), cls.name(), obj.type().name()));
        }
    }

    /** {@code type.__call__} is about to call {@code __init__} on an instance of {@code cls}. */
    public static void initCalled(PyType cls, PyObject obj) {
        ThreadState ts = traced(cls);
        if (ts != null) {
            ts.emit(new CreationEvent.InitCalled(ts.threadId(), ts.depth(), cls.name(), ownerName(obj.type(), "__init__")));
        }
    }

    /** A class statement begins: {@code meta} is the explicit metaclass or null. */
    public static void classStatementStarted(PyObject name, PyObject[] bases, PyObject meta) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.ClassStatementStarted(ts.threadId(), ts.depth(), text(name), typeNames(bases),
                    meta == null ? "" : meta instanceof PyType m ? m.name() : ts.safeRepr(meta)));
        }
    }

    /** The most-derived rule chose {@code winner}, starting from {@code start}, over the bases' metaclasses. */
    public static void metaclassResolved(PyObject name, PyObject start, PyType[] bases, PyObject winner) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            List<String> metas = new ArrayList<>();
            for (PyType b : bases) {
                metas.add(b.type().name());
            }
            ts.emit(new CreationEvent.MetaclassResolved(ts.threadId(), ts.depth(), text(name), nameOf(ts, start),
                    metas, nameOf(ts, winner)));
        }
    }

    /** {@code meta.__prepare__} is about to make the namespace. */
    public static void namespacePrepared(PyObject name, PyObject meta) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            PyType definer = meta instanceof PyType m ? m.lookupOwner("__prepare__") : null;
            String owner = definer == null ? "" : definer.name();
            ts.emit(new CreationEvent.NamespacePrepared(ts.threadId(), ts.depth(), text(name), nameOf(ts, meta), owner));
        }
    }

    /** The body ran, filling {@code ns}. */
    public static void bodyExecuted(PyObject name, PyObject ns) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            List<String> names = new ArrayList<>();
            if (ns instanceof PyDict d) {
                for (PyObject k : d.map().keySet()) {
                    String key = k instanceof PyStr s ? s.value() : ts.safeRepr(k);
                    if (!key.equals("__module__") && !key.equals("__qualname__")) {
                        names.add(key);
                    }
                }
            }
            ts.emit(new CreationEvent.ClassBodyExecuted(ts.threadId(), ts.depth(), text(name), names));
        }
    }

    /** The class statement bound its name to {@code cls}; returns it. */
    public static PyObject classStatementFinished(PyObject name, PyObject cls) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.ClassStatementFinished(ts.threadId(), ts.depth(), text(name), repr(ts, cls)));
        }
        return cls;
    }

    /** {@code type.__new__(meta, name, bases, ns)} starts building the class. */
    public static void typeNewStarted(PyType meta, String name, PyType[] bases) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.TypeNewStarted(ts.threadId(), ts.depth(), name, meta.name(), Walks.names(bases)));
        }
    }

    /** The class object {@code cls} exists. */
    public static void classCreated(PyType cls) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.ClassCreated(ts.threadId(), ts.depth(), cls.name(), cls.type().name(),
                    Walks.mroNames(cls)));
        }
    }

    /** {@code type.__new__} calls {@code value.__set_name__(cls, attribute)}. */
    public static void setNameCalled(PyType cls, String attribute, PyObject value) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.SetNameCalled(ts.threadId(), ts.depth(), cls.name(), attribute,
                    value.type().name()));
        }
    }

    /** {@code type.__new__} calls {@code __init_subclass__} found on {@code owner}. */
    public static void initSubclassCalled(PyType cls, PyType owner) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null) {
            ts.emit(new CreationEvent.InitSubclassCalled(ts.threadId(), ts.depth(), cls.name(), owner.name()));
        }
    }

    private static String ownerName(PyType type, String method) {
        PyType owner = type.lookupOwner(method);
        return owner == null ? type.name() : owner.name();
    }

    /** Classes as {@code <class '__main__.A'>} (whatever their metaclass), other objects safely. */
    private static String repr(ThreadState ts, PyObject o) {
        return o instanceof PyType t ? t.reprText() : ts.safeRepr(o);
    }

    private static String nameOf(ThreadState ts, PyObject o) {
        return o == null ? "" : o instanceof PyType t ? t.name() : ts.safeRepr(o);
    }

    private static String text(PyObject name) {
        return name instanceof PyStr s ? s.value() : String.valueOf(name);
    }

    private static List<String> typeNames(PyObject[] bases) {
        List<String> names = new ArrayList<>(bases.length);
        for (PyObject b : bases) {
            names.add(b instanceof PyType t ? t.name() : b.type().name());
        }
        return names;
    }
}
