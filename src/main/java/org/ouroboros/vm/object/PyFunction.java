package org.ouroboros.vm.object;

import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.interp.FunctionCall;

/** A Python function: code, globals, defaults, closure cells, and its own {@code __dict__}. */
public final class PyFunction extends PyObject {
    private CodeObject code;
    private final PyDict globals;
    private String name;
    private String qualname;
    private PyTuple defaults;
    private PyDict kwdefaults;
    private final PyCell[] closure;
    private PyObject doc = PyConstants.NONE;
    private PyObject module;
    private PyDict annotations;

    public PyFunction(CodeObject code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyCell[] closure) {
        super(Types.FUNCTION);
        this.dict = new PyDict();
        this.code = code;
        this.globals = globals;
        this.name = code.name();
        this.qualname = code.qualname();
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        PyObject mod = globals.get("__name__");
        this.module = mod != null ? mod : PyConstants.NONE;
        this.plainArity = plainArity(code);
    }

    private static final int NOT_PLAIN = CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS | CodeObject.CO_GENERATOR
            | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR;

    /**
     * How many positional arguments a call can bind by copying them into the first locals (no
     * star parameters, no keyword-only ones, not a generator or coroutine), or -1: the
     * interpreter's fast call path compares the argument count with this one field.
     */
    private final int plainArity;

    private static int plainArity(CodeObject co) {
        return (co.flags() & NOT_PLAIN) == 0 && co.kwonlyargcount() == 0 ? co.argcount() : -1;
    }

    /**
     * {@code types.coroutine}: CPython replaces {@code __code__} by a copy with CO_ITERABLE_COROUTINE
     * set. Only a generator function's flags change, so {@link #plainArity} (-1 for generators) stays.
     */
    public void markIterableCoroutine() {
        if (code.has(CodeObject.CO_GENERATOR)) {
            code = code.withFlags(code.flags() | CodeObject.CO_ITERABLE_COROUTINE);
        }
    }

    public int plainArity() {
        return plainArity;
    }

    /** co_names as str keys, made on first use: name lookups in this function's frames then allocate nothing. */
    private PyStr[] nameKeys;

    public PyStr[] nameKeys() {
        PyStr[] keys = nameKeys;
        if (keys == null) {
            keys = strKeys(code.names());
            nameKeys = keys;
        }
        return keys;
    }

    /**
     * One str per name, the VM's interned one (as CPython interns identifiers): every function's
     * {@code self.n} then uses the same key object, and instance-dict lookups match by identity.
     * Racing threads may each build an equal array, any of which is fine to keep.
     */
    public static PyStr[] strKeys(String[] names) {
        org.ouroboros.vm.interp.ThreadState ts = org.ouroboros.vm.interp.ThreadState.currentOrNull();
        PyStr[] keys = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = ts != null ? ts.vm().intern(names[i]) : new PyStr(names[i]);
        }
        return keys;
    }

    /** One slot per instruction for the interpreter's inline caches, made on first use. */
    private Object[] inlineCaches;

    /**
     * The template compiler's state for this function's code (owned by vm.interp's Jit): calls
     * counted so far, and once decided, the compiled body or the marker that it stays interpreted.
     */
    public int jitCalls;
    public Object jitBody;
    /** The same for the coarse trace's flavour of compiled code (it reports lines). */
    public Object jitLinesBody;

    public Object[] inlineCaches() {
        Object[] c = inlineCaches;
        if (c == null) {
            c = new Object[code.instructions().length];
            inlineCaches = c;
        }
        return c;
    }

    /** The interpreter's packed form of the instructions, made once by {@code packer} on first use. */
    private int[] packedCode;

    public int[] packedCode(java.util.function.Function<org.ouroboros.vm.code.Instruction[], int[]> packer) {
        int[] p = packedCode;
        if (p == null) {
            p = packer.apply(code.instructions());
            packedCode = p;
        }
        return p;
    }

    /** The packed form for the coarse trace's line loop, made once by {@code packer} on first use. */
    private int[] linePackedCode;

    public int[] linePackedCode(java.util.function.Function<CodeObject, int[]> packer) {
        int[] p = linePackedCode;
        if (p == null) {
            p = packer.apply(code);
            linePackedCode = p;
        }
        return p;
    }

    public CodeObject code() {
        return code;
    }

    public PyDict globals() {
        return globals;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyTuple defaults() {
        return defaults;
    }

    public void setDefaults(PyTuple d) {
        defaults = d;
    }

    public PyDict kwdefaults() {
        return kwdefaults;
    }

    public void setKwdefaults(PyDict d) {
        kwdefaults = d;
    }

    public PyCell[] closure() {
        return closure;
    }

    public PyObject doc() {
        return doc;
    }

    public void setDoc(PyObject doc) {
        this.doc = doc;
    }

    public PyObject module() {
        return module;
    }

    public void setModule(PyObject m) {
        module = m;
    }

    public PyDict annotations() {
        if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    public void setAnnotations(PyDict a) {
        annotations = a;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return FunctionCall.call(this, null, args, kwnames);
    }

    /** Calls with {@code self} prepended, without building a bound method. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return FunctionCall.call(this, self, args, kwnames);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
