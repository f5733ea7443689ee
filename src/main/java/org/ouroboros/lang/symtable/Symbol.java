package org.ouroboros.lang.symtable;

/**
 * One name in one scope, with CPython's flags ({@code DEF_*} of symtable.h) and its resolved
 * {@link NameScope}. The {@code isX} methods mean what {@code symtable.Symbol}'s do.
 */
public final class Symbol {

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 2 << 1;
    static final int DEF_NONLOCAL = 2 << 2;
    static final int USE = 2 << 3;
    static final int DEF_FREE = 2 << 4;
    static final int DEF_FREE_CLASS = 2 << 5;
    static final int DEF_IMPORT = 2 << 6;
    static final int DEF_ANNOT = 2 << 7;
    static final int DEF_COMP_ITER = 2 << 8;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private final String name;
    private final boolean moduleScope;
    int flags;
    NameScope scope;

    Symbol(String name, int flags, boolean moduleScope) {
        this.name = name;
        this.flags = flags;
        this.moduleScope = moduleScope;
    }

    public String name() {
        return name;
    }

    public NameScope scope() {
        return scope;
    }

    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    public boolean isGlobal() {
        return scope == NameScope.GLOBAL_IMPLICIT || scope == NameScope.GLOBAL_EXPLICIT
                || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    public boolean isDeclaredGlobal() {
        return scope == NameScope.GLOBAL_EXPLICIT;
    }

    public boolean isLocal() {
        return scope == NameScope.LOCAL || scope == NameScope.CELL || (moduleScope && (flags & DEF_BOUND) != 0);
    }

    public boolean isFree() {
        return scope == NameScope.FREE;
    }

    public boolean isCell() {
        return scope == NameScope.CELL;
    }

    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /**
     * A free variable of a method that a class body also binds or declares global: the class
     * body reads it with {@code LOAD_CLASSDEREF} (CPython's DEF_FREE_CLASS).
     */
    public boolean isFreeClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }

    @Override
    public String toString() {
        return name + ":" + scope;
    }
}
