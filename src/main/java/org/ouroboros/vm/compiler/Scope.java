package org.ouroboros.vm.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One block's names, as CPython's symtable sees them: what it binds, declares global/nonlocal,
 * and uses; after {@link Scopes#analyze} each name has a {@link Binding}.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name lives, as CPython's symtable scopes. */
    enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    /** A function that mentions super or __class__ (needs the class cell). */
    boolean usesClassCell;
    /** A class whose methods need {@code __class__}. */
    boolean needsClassCell;
    final Map<String, Binding> bindings = new HashMap<>();
    final Set<String> cells = new TreeSet<>();
    final Set<String> frees = new TreeSet<>();

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) {
            return b;
        }
        return kind == Kind.FUNCTION ? Binding.GLOBAL_IMPLICIT : Binding.LOCAL;
    }

    /** Fast locals in CPython's order: parameters first, then other local names as first bound. */
    List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        if (kind == Kind.FUNCTION) {
            for (String n : bound) {
                if (!out.contains(n) && (bindings.get(n) == Binding.LOCAL)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
