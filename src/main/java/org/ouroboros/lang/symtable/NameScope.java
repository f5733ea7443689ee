package org.ouroboros.lang.symtable;

/** Where a name lives, as CPython's symtable scopes (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL). */
public enum NameScope {
    /** Bound in this scope (in a module or class body: a name in the namespace dict). */
    LOCAL,
    /** Declared {@code global} (or a module-level name that some function declares global). */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a closure cell. */
    FREE,
    /** Local here and used by a nested scope: stored in a cell. */
    CELL
}
