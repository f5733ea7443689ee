package org.ouroboros.vm.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A class: {@code int}, {@code type} itself, or a class made by a {@code class} statement or
 * {@code type(name, bases, dict)}. Its own class is its metaclass ({@code type(type) is type}).
 */
public class PyType extends PyObject {
    /** Allocates a bare instance of a class whose solid base is this builtin type. */
    public interface Allocator extends Function<PyType, PyObject> {}

    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, PyObject> members = new LinkedHashMap<>();
    private final boolean builtin;
    private boolean instancesHaveDict;
    private boolean subclassable = true;
    private Allocator allocator;
    private List<String> slots;
    private PyType solid = this;
    /** CPython's {@code tp_name} when it differs from {@code __name__} (C types: {@code _asyncio.Task}). */
    private String tpName;
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();

    private PyType(PyType metatype, String name, boolean builtin) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.builtin = builtin;
    }

    /** The root of the bootstrap: {@code object} and {@code type}, wired into their loop. */
    static PyType[] bootstrap() {
        PyType object = new PyType(null, "object", true);
        PyType type = new PyType(null, "type", true);
        object.setType(type);
        type.setType(type);
        object.bases = new PyType[0];
        object.mro = new PyType[] {object};
        object.allocator = PyObject::new;
        type.bases = new PyType[] {object};
        type.mro = new PyType[] {type, object};
        type.allocator = cls -> new PyType(cls, "?", false);
        return new PyType[] {object, type};
    }

    /** Every builtin class, in creation order (filled only while the shared classes are initialised). */
    private static final List<PyType> BUILTIN_TYPES = new ArrayList<>();

    static List<PyType> builtinTypes() {
        synchronized (BUILTIN_TYPES) {
            return List.copyOf(BUILTIN_TYPES);
        }
    }

    /** A builtin class with a single base; its methods are added later by {@code vm.builtins}. */
    public static PyType builtin(String name, PyType base, Allocator allocator) {
        PyType t = new PyType(Types.TYPE, name, true);
        synchronized (BUILTIN_TYPES) {
            BUILTIN_TYPES.add(t);
        }
        t.bases = new PyType[] {base};
        t.mro = prepend(t, base.mro);
        t.allocator = allocator != null ? allocator : base.allocator;
        t.instancesHaveDict = base.instancesHaveDict;
        t.solid = t.allocator == base.allocator ? base.solid : t;
        return t;
    }

    /**
     * A new heap class (what {@code type.__new__} does): checks bases, computes the MRO with C3,
     * copies the namespace. Raises TypeError as CPython does.
     */
    /** Builtin classes whose subclasses get no {@code __weakref__} (variable-size, or weak-referenceable already). */
    private static boolean noWeakrefSubclasses(PyType solid) {
        return solid == Types.INT || solid == Types.TUPLE || solid == Types.BYTES || solid == Types.SET
                || solid == Types.FROZENSET || solid == Types.TYPE;
    }

    public static PyType heap(PyType metatype, String name, PyType[] bases, Map<String, PyObject> namespace) {
        if (bases.length == 0) {
            bases = new PyType[] {Types.OBJECT};
        }
        for (PyType b : bases) {
            if (!b.subclassable) {
                throw PyExc.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        PyType t = new PyType(metatype, name, false);
        t.bases = bases.clone();
        PyType solid = bestBase(bases);
        t.allocator = solid.allocator;
        t.solid = solid.solid;
        t.members.putAll(namespace);
        PyObject slotsDecl = namespace.get("__slots__");
        if (slotsDecl != null) {
            t.slots = new ArrayList<>();
            for (PyObject s : Ops.iterable(slotsDecl instanceof PyStr ? new PyTuple(slotsDecl) : slotsDecl)) {
                if (!(s instanceof PyStr str)) {
                    throw PyExc.typeError("__slots__ items must be strings, not '" + s.type().name() + "'");
                }
                String slot = str.value();
                if (slot.startsWith("__") && !slot.endsWith("__")) {
                    slot = "_" + name.replaceFirst("^_+", "") + slot; // private names are mangled, as in a class body
                }
                if (namespace.containsKey(slot)) {
                    throw PyExc.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                }
                t.slots.add(slot);
            }
            boolean inheritedDict = false;
            for (PyType b : bases) {
                inheritedDict |= b.instancesHaveDict;
            }
            t.instancesHaveDict = inheritedDict || t.slots.contains("__dict__");
            for (String s : t.slots) {
                if (!s.equals("__dict__") && !s.equals("__weakref__")) {
                    t.members.put(s, new PySlotDescriptor(t, s));
                }
            }
        } else {
            t.instancesHaveDict = true;
        }
        // then, as CPython's PyType_Ready: the __dict__ and __weakref__ getsets, __doc__, __hash__ = None
        boolean inheritedDict = false;
        boolean inheritedWeakref = noWeakrefSubclasses(t.solid);
        for (PyType b : bases) {
            inheritedDict |= b.lookup("__dict__") != null && b != Types.OBJECT;
            inheritedWeakref |= b.lookup("__weakref__") != null;
        }
        if (t.instancesHaveDict && !inheritedDict && !t.members.containsKey("__dict__")) {
            t.members.put("__dict__", Attributes.dictDescriptor(t));
        }
        if ((t.slots == null || t.slots.contains("__weakref__")) && !inheritedWeakref) {
            t.members.put("__weakref__", new PyGetSet(t, "__weakref__", self -> PyConstants.NONE, null));
        }
        t.members.putIfAbsent("__doc__", PyConstants.NONE);
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            t.members.put("__hash__", PyConstants.NONE);
        }
        t.mro = Mro.compute(t);
        if (!t.members.containsKey("__qualname__")) {
            t.qualname = name;
        } else {
            t.qualname = ((PyStr) t.members.remove("__qualname__")).value();
        }
        return t;
    }

    /** CPython's best_base: the one solid base all others' solid bases descend from. */
    private static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        PyType base = null;
        for (PyType b : bases) {
            PyType candidate = b.solidBase();
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtype(candidate)) {
                // keep winner
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyExc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** The nearest ancestor that fixes the instance layout (object for plain classes). */
    public PyType solidBase() {
        return solid;
    }

    private static PyType[] prepend(PyType head, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = head;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    // ---- queries ----

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyType[] bases() {
        return bases;
    }

    public void setBases(PyType[] bases) {
        this.bases = bases;
        modified();
    }

    /**
     * {@code cls.__bases__ = newBases} (type_set_bases): recomputes the MRO of this class and of
     * every subclass; when C3 rejects the new order, everything is restored and the TypeError raised.
     */
    public void assignBases(PyType[] newBases) {
        PyType[] oldBases = bases;
        Map<PyType, PyType[]> oldMros = new LinkedHashMap<>();
        bases = newBases.clone();
        try {
            recomputeMro(oldMros);
        } catch (PyException e) {
            bases = oldBases;
            oldMros.forEach((t, m) -> t.mro = m);
            modified();
            throw e;
        }
        for (PyType b : oldBases) {
            b.removeSubclass(this);
        }
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        modified();
    }

    private void recomputeMro(Map<PyType, PyType[]> saved) {
        saved.putIfAbsent(this, mro);
        mro = Mro.compute(this);
        for (PyType sub : allSubclasses()) {
            sub.recomputeMro(saved);
        }
    }

    private void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == sub);
        if (builtin) {
            synchronized (subclassesByVm) {
                subclassesByVm.values().forEach(l -> l.removeIf(r -> r.get() == sub));
            }
        }
    }

    public PyType[] mro() {
        return mro;
    }

    void setMro(PyType[] mro) {
        this.mro = mro;
        modified();
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    /** This class's own namespace, read-only (change it with {@link #define}/{@link #undefine}). */
    public Map<String, PyObject> members() {
        return java.util.Collections.unmodifiableMap(members);
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** The keys this heap class's instance dicts share (made on first use); null for a builtin class. */
    private SharedKeys sharedKeys;

    /** The shared keys if this class's instances have made them yet (attribute caches compare them by identity). */
    public SharedKeys sharedKeysOrNull() {
        return sharedKeys;
    }

    SharedKeys sharedKeys() {
        if (builtin) {
            return null;
        }
        SharedKeys k = sharedKeys;
        if (k == null) {
            k = new SharedKeys();
            sharedKeys = k;
        }
        return k;
    }

    public void setInstancesHaveDict(boolean b) {
        instancesHaveDict = b;
    }

    public void setSubclassable(boolean b) {
        subclassable = b;
    }

    public boolean subclassable() {
        return subclassable;
    }

    public List<String> slots() {
        return slots;
    }

    /** The name error messages use: {@code tp_name}, which for C types carries the module. */
    public String tpName() {
        return tpName != null ? tpName : name;
    }

    public void setTpName(String n) {
        tpName = n;
    }

    /** Allocates a bare instance (what {@code object.__new__(cls)} does). */
    public PyObject allocate() {
        return allocator.apply(this);
    }

    public String moduleName() {
        PyObject m = members.get("__module__");
        return m instanceof PyStr s ? s.value() : "builtins";
    }

    /** {@code issubclass(self, other)} by MRO membership. */
    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * This class's version tag (CPython's {@code tp_version_tag}): bumped whenever its own dict,
     * bases or MRO changes, or an ancestor's does. Lookup and attribute caches keyed on
     * (class, version) are then stale without being told.
     */
    private volatile int version;
    private static final PyObject MISSING = new PyObject(null);
    /** One version's cache; concurrent because builtin classes are shared by VMs running on several threads. */
    private record LookupCache(int version, java.util.concurrent.ConcurrentHashMap<String, PyObject> map) {}

    private volatile LookupCache lookupCache;

    public int version() {
        return version;
    }

    /** Invalidates every cache about this class and its subclasses (their MROs contain it). */
    private void modified() {
        version++;
        lookupCache = null;
        for (PyType sub : allSubclasses()) {
            sub.modified();
        }
    }

    /** Live direct subclasses as seen by every VM (a change must reach all of them). */
    private List<PyType> allSubclasses() {
        List<java.lang.ref.WeakReference<PyType>> refs = new ArrayList<>(subclasses);
        if (builtin) {
            synchronized (subclassesByVm) {
                subclassesByVm.values().forEach(refs::addAll);
            }
        }
        List<PyType> out = new ArrayList<>();
        for (var ref : refs) {
            PyType t = ref.get();
            if (t != null && t != this) {
                out.add(t);
            }
        }
        return out;
    }

    /** Finds {@code name} along the MRO (CPython's {@code _PyType_Lookup}), through a per-class cache. */
    public PyObject lookup(String name) {
        int v0 = version;
        LookupCache cache = lookupCache;
        if (cache == null || cache.version != v0) {
            cache = new LookupCache(v0, new java.util.concurrent.ConcurrentHashMap<>());
            lookupCache = cache;
        }
        PyObject v = cache.map.get(name);
        if (v == null) {
            v = lookupUncached(name);
            cache.map.put(name, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    private PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.members.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The class in the MRO whose own dict defines {@code name}, or null. */
    public PyType lookupOwner(String name) {
        for (PyType t : mro) {
            if (t.members.containsKey(name)) {
                return t;
            }
        }
        return null;
    }

    /** Live direct subclasses, in creation order ({@code __subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        List<java.lang.ref.WeakReference<PyType>> refs = new ArrayList<>(subclasses);
        if (builtin) {
            synchronized (subclassesByVm) {
                refs.addAll(subclassesByVm.getOrDefault(Identity.currentVm(), List.of()));
            }
        }
        for (var ref : refs) {
            PyType t = ref.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    public void addSubclass(PyType sub) {
        if (builtin && !sub.builtin) {
            // Builtin classes are shared: each VM sees only its own subclasses of them.
            synchronized (subclassesByVm) {
                subclassesByVm.computeIfAbsent(Identity.currentVm(), k -> new ArrayList<>())
                        .add(new java.lang.ref.WeakReference<>(sub));
            }
            return;
        }
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    /** Heap subclasses of a builtin class, per VM (weak keys: a finished VM's entries go away). */
    private final Map<Object, List<java.lang.ref.WeakReference<PyType>>> subclassesByVm = new java.util.WeakHashMap<>();

    public void define(String name, PyObject value) {
        members.put(name, value);
        modified();
        if (name.equals("__abstractmethods__")) {
            isAbstract = Ops.truthy(value);
        }
    }

    /** Removes {@code name} from this class's own dict; returns the old value or null. */
    public PyObject undefine(String name) {
        PyObject old = members.remove(name);
        modified();
        if (name.equals("__abstractmethods__")) {
            isAbstract = false;
        }
        return old;
    }

    /** CPython's Py_TPFLAGS_IS_ABSTRACT: a non-empty {@code __abstractmethods__} was set on this class. */
    private boolean isAbstract;

    public boolean isAbstract() {
        return isAbstract;
    }

    /** {@code <class 'int'>} / {@code <class '__main__.A'>}. */
    public String reprText() {
        String mod = moduleName();
        return mod.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + mod + "." + qualname + "'>";
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Calls.callType(this, args, kwnames);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public String toString() {
        return reprText();
    }
}
