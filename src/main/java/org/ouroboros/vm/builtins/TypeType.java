package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.probe.CreationProbes;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyClassMethod;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStaticMethod;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code type}: the metaclass of every class. {@code type.__new__} makes a class (MRO, slots,
 * {@code __classcell__}, {@code __set_name__}, {@code __init_subclass__}); {@code type.__call__}
 * instantiates one.
 */
public final class TypeType {
    private TypeType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.TYPE);
        t.constructor((mcls, args, kw) -> {
            PyType meta = (PyType) mcls;
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (meta == Types.TYPE && npos == 1 && (kw == null || kw.length == 0)) {
                return args[0].type();
            }
            if (npos != 3) { // type(...) itself checks first; a metaclass call reaches type.__new__'s own check
                throw PyExc.typeError(meta == Types.TYPE ? "type() takes 1 or 3 arguments"
                        : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
            }
            if (!(args[0] instanceof PyStr name)) {
                throw PyExc.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name());
            }
            if (!(args[1] instanceof PyTuple bases)) {
                throw PyExc.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name());
            }
            if (!(args[2] instanceof PyDict ns)) {
                throw PyExc.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name());
            }
            PyObject[] kwValues = java.util.Arrays.copyOfRange(args, npos, args.length);
            return newClass(meta, name.value(), bases, ns, kw, kwValues);
        });
        t.method("__init__", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 1 && npos != 3) {
                throw PyExc.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return NONE;
        });
        t.method("__call__", (self, args, kw) -> Calls.typeCall((PyType) self, args, kw));
        Calls.typeCallDescriptor = Types.TYPE.lookup("__call__");
        t.method0("__repr__", self -> new PyStr(((PyType) self).reprText()));
        t.method1("__getattribute__", (self, name) -> {
            PyObject v = Attributes.typeLookup((PyType) self, ObjectType.str(name));
            if (v == null) {
                throw Attributes.missing(self, ObjectType.str(name));
            }
            return v;
        });
        Attributes.typeGetattribute = Types.TYPE.lookup("__getattribute__");
        t.method0("mro", self -> new PyList(java.util.Arrays.asList(((PyType) self).mro())));
        t.attribute("__name__", self -> new PyStr(((PyType) self).name()),
                (self, v) -> ((PyType) self).setName(FunctionTypes.stringValue(v, "can only assign string to "
                        + ((PyType) self).name() + ".__name__, not '" + v.type().name() + "'")));
        t.attribute("__qualname__", self -> new PyStr(((PyType) self).qualname()),
                (self, v) -> ((PyType) self).setQualname(FunctionTypes.stringValue(v, "can only assign string to "
                        + ((PyType) self).name() + ".__qualname__, not '" + v.type().name() + "'")));
        t.attribute("__bases__", self -> new PyTuple(((PyType) self).bases().clone()), TypeType::assignBases);
        t.getter("__base__", self -> {
            PyType b = ((PyType) self).base();
            return b == null ? NONE : b;
        });
        t.getter("__mro__", self -> new PyTuple(((PyType) self).mro().clone()));
        t.getter("__dict__", self -> mappingProxy((PyType) self));
        t.attribute("__module__", self -> {
            PyType c = (PyType) self;
            PyObject m = c.members().get("__module__");
            return m != null ? m : new PyStr("builtins");
        }, (self, v) -> ((PyType) self).define("__module__", v));
        t.attribute("__doc__", self -> {
            PyObject d = ((PyType) self).members().get("__doc__");
            return d == null ? NONE : Attributes.bindDescriptor(d, null, (PyType) self);
        }, (self, v) -> ((PyType) self).define("__doc__", v));
        t.method0("__subclasses__", self -> new PyList(Introspection.subclasses((PyType) self)));
        t.classMethod("__prepare__", (self, args, kw) -> new PyDict());
        t.method1("__instancecheck__", (self, o) -> PyBool.of(o.type().isSubtype((PyType) self)));
        t.method1("__subclasscheck__", (self, o) -> PyBool.of(Ops.isSubclass(o, self)));
        t.method1("__or__", (self, o) -> {
            throw PyExc.typeError("unsupported operand type(s) for |: '" + self.type().name() + "' and '"
                    + o.type().name() + "'");
        });
    }

    /** {@code C.__bases__ = (...)} with CPython's checks and messages (type_set_bases). */
    private static void assignBases(PyObject self, PyObject v) {
        PyType cls = (PyType) self;
        if (v == null) {
            throw PyExc.typeError("cannot delete '__bases__' attribute of immutable type '" + cls.name() + "'");
        }
        if (!(v instanceof PyTuple tuple)) {
            throw PyExc.typeError("can only assign tuple to " + cls.name() + ".__bases__, not " + v.type().name());
        }
        if (tuple.size() == 0) {
            throw PyExc.typeError("can only assign non-empty tuple to " + cls.name() + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw PyExc.typeError(cls.name() + ".__bases__ must be tuple of classes, not '"
                        + tuple.get(i).type().name() + "'");
            }
            if (!b.subclassable()) {
                throw PyExc.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
            if (b.isSubtype(cls)) {
                throw PyExc.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        PyType newBase = bases[0];
        for (PyType b : bases) {
            if (b.solidBase().isSubtype(newBase.solidBase())) {
                newBase = b;
            }
        }
        PyType oldBase = cls.base();
        if (newBase.solidBase() != oldBase.solidBase()) {
            // CPython's compatible_for_assignment: the deallocators (tp_free) first, then the layouts
            boolean sameFree = collectedInstances(newBase) == collectedInstances(oldBase);
            throw PyExc.typeError("__bases__ assignment: '" + newBase.name() + "' "
                    + (sameFree ? "object layout" : "deallocator") + " differs from '" + oldBase.name() + "'");
        }
        cls.assignBases(bases);
    }

    /** Whether a class's instances are freed by the cycle collector (tp_free PyObject_GC_Del): all heap classes do. */
    private static boolean collectedInstances(PyType t) {
        return !t.isBuiltin() || !(t == Types.OBJECT || t == Types.INT || t == Types.FLOAT || t == Types.STR
                || t == Types.BYTES || t == Types.COMPLEX || t == Types.BOOL);
    }

    /** {@code A.__dict__}: a read-only view (a mappingproxy) of the class namespace. */
    static PyObject mappingProxy(PyType cls) {
        PyDict d = new PyDict();
        for (var e : cls.members().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return IteratorTypes.mappingProxy(d);
    }

    /** {@code type.__new__(meta, name, bases, ns, **kw)}. */
    public static PyObject newClass(PyType meta, String name, PyTuple basesTuple, PyDict ns, String[] kw,
                                    PyObject[] kwValues) {
        PyObject[] baseTypes = new PyObject[basesTuple.size()];
        for (int i = 0; i < baseTypes.length; i++) {
            baseTypes[i] = basesTuple.get(i).type();
        }
        // As _PyType_CalculateMetaclass: the bases' own types are compared before bases are checked to be classes.
        mostDerivedMetaclass(meta, java.util.Arrays.copyOf(baseTypes, baseTypes.length, PyType[].class), true);
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                throw PyExc.typeError("bases must be types");
            }
            bases[i] = b;
        }
        PyType winner = mostDerivedMetaclass(meta, bases);
        if (winner != meta) {
            PyObject winnerNew = winner.lookup("__new__");
            if (winnerNew != Types.TYPE.lookup("__new__")) {
                PyObject[] args = new PyObject[3 + kwValues.length];
                args[0] = new PyStr(name);
                args[1] = basesTuple;
                args[2] = ns;
                System.arraycopy(kwValues, 0, args, 3, kwValues.length);
                return Calls.callNew(winnerNew, winner, args, kw);
            }
            meta = winner;
        }
        CreationProbes.typeNewStarted(meta, name, bases);
        Map<String, PyObject> members = new LinkedHashMap<>();
        for (var e : ns.map().entrySet()) {
            members.put(ObjectType.str(e.getKey()), e.getValue());
        }
        if (!members.containsKey("__module__")) {
            ThreadState ts = ThreadState.currentOrNull();
            PyObject modName = ts != null && ts.frame() != null ? ts.frame().globals().get("__name__") : null;
            if (modName != null) {
                members.put("__module__", modName);
            }
        }
        PyObject newFn = members.get("__new__");
        if (newFn instanceof PyFunction) {
            PyStaticMethod sm = new PyStaticMethod(Types.STATICMETHOD);
            sm.function = newFn;
            members.put("__new__", sm);
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject fn = members.get(cm);
            if (fn instanceof PyFunction) {
                PyClassMethod c = new PyClassMethod(Types.CLASSMETHOD);
                c.function = fn;
                members.put(cm, c);
            }
        }
        PyObject classCell = members.remove("__classcell__");
        PyType cls = PyType.heap(meta, name, bases, members);
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.vm().countObject();
            if (ts.coarse()) {
                ts.emit(new org.ouroboros.trace.ExecutionEvent.ObjectCreated(ts.threadId(), cls.id(), meta.name(),
                        cls.reprText()));
                org.ouroboros.vm.interp.ObjectTracing.classCreated(ts, cls);
            }
        }
        Introspection.registerSubclass(cls);
        CreationProbes.classCreated(cls);
        if (classCell instanceof PyCell cell) {
            cell.set(cls);
        }
        for (var e : new ArrayList<>(cls.members().entrySet())) {
            PyObject setName = e.getValue().type().lookup("__set_name__");
            if (setName != null) {
                CreationProbes.setNameCalled(cls, e.getKey(), e.getValue());
                try {
                    Calls.callMethod(setName, e.getValue(), new PyObject[] {cls, new PyStr(e.getKey())}, null);
                } catch (org.ouroboros.vm.object.PyException failed) {
                    // 3.11: a RuntimeError whose cause is the error __set_name__ raised
                    org.ouroboros.vm.object.PyException wrapped = PyExc.runtimeError("Error calling __set_name__ on '"
                            + e.getValue().type().name() + "' instance " + StrType.repr(e.getKey()) + " in '"
                            + cls.name() + "'");
                    wrapped.value().setContext(failed.value());
                    wrapped.value().setCause(failed.value());
                    throw wrapped;
                }
            }
        }
        initSubclass(cls, kw, kwValues);
        return cls;
    }

    /** {@code super(cls, cls).__init_subclass__(**kw)}. */
    private static void initSubclass(PyType cls, String[] kw, PyObject[] kwValues) {
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject m = mro[i].members().get("__init_subclass__");
            if (m != null) {
                CreationProbes.initSubclassCalled(cls, mro[i]);
                PyObject bound = Attributes.bindDescriptor(m, null, cls);
                bound.call(kwValues, kw == null || kw.length == 0 ? null : kw);
                return;
            }
        }
    }

    /** The metaclass rule: the most derived of {@code meta} and the bases' metaclasses, or a conflict. */
    public static PyType mostDerivedMetaclass(PyType meta, PyType[] bases) {
        return mostDerivedMetaclass(meta, bases, false);
    }

    private static PyType mostDerivedMetaclass(PyType meta, PyType[] bases, boolean givenMetaclasses) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bm = givenMetaclasses ? b : b.type();
            if (winner.isSubtype(bm)) {
                continue;
            }
            if (bm.isSubtype(winner)) {
                winner = bm;
                continue;
            }
            throw PyExc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static List<PyObject> asList(PyType[] types) {
        return new ArrayList<>(java.util.Arrays.asList(types));
    }
}
