/**
 * Symbol tables as CPython 3.11's {@code Python/symtable.c} builds them: scopes for the module,
 * classes, functions, lambdas and comprehensions (function scopes of their own whose first
 * iterable is evaluated outside); every name LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or
 * CELL; class bodies invisible to their methods; {@code super}/{@code __class__} in a method
 * making {@code __class__} free there and {@link org.ouroboros.lang.symtable.Scope#needsClassClosure()}
 * true on the class; private names mangled; {@code from __future__ import annotations}
 * honoured; CPython's symtable SyntaxErrors. The tests compare every scope, symbol and flag
 * with Python's {@code symtable} module.
 *
 * <p>For a code generator: a name's load/store instruction follows from
 * {@link org.ouroboros.lang.symtable.Scope#scopeOf(String)} and the block type as in CPython's
 * compiler ({@code LOAD_FAST} for LOCAL in a function, {@code LOAD_NAME} in a module or class
 * body, {@code LOAD_DEREF} for CELL/FREE, {@code LOAD_CLASSDEREF} for a FREE name of a class
 * body, {@code LOAD_GLOBAL} for GLOBAL_*). Names used inside a class must be mangled with
 * {@link org.ouroboros.lang.symtable.Mangling#mangle} before the lookup.
 */
package org.ouroboros.lang.symtable;
