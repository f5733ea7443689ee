package org.ouroboros.lang.symtable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ouroboros.lang.ast.Node;

/**
 * CPython's second symtable pass ({@code analyze_block}/{@code analyze_name}): decides each
 * name's scope from the flags, propagates free variables outward, turns captured locals into
 * cells, and applies the class-body rules (a class scope's names are invisible to its methods;
 * {@code __class__} is bound for them).
 */
final class ScopeAnalyzer {

    private final SymbolTableBuilder builder;

    ScopeAnalyzer(SymbolTableBuilder builder) {
        this.builder = builder;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope scope, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, NameScope> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (scope.type() == ScopeType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Symbol s : scope.symbols.values()) {
            analyzeName(scope, scopes, s.name(), s.flags, bound, local, free, global);
        }
        if (scope.type() != ScopeType.CLASS) {
            if (scope.type() == ScopeType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : scope.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                scope.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (scope.type() == ScopeType.FUNCTION) {
            for (Map.Entry<String, NameScope> e : scopes.entrySet()) {
                if (e.getValue() == NameScope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(NameScope.CELL);
                }
            }
        } else if (scope.type() == ScopeType.CLASS && newFree.remove("__class__")) {
            scope.needsClassClosure = true;
        }
        updateSymbols(scope, scopes, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(Scope scope, Map<String, NameScope> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Symbol.DEF_GLOBAL) != 0) {
            if ((flags & Symbol.DEF_NONLOCAL) != 0) {
                throw atDirective(scope, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Symbol.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(scope, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(scope, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, NameScope.FREE);
            scope.free = true;
            free.add(name);
            return;
        }
        if ((flags & Symbol.DEF_BOUND) != 0) {
            scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, NameScope.FREE);
            scope.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, NameScope.GLOBAL_IMPLICIT);
            return;
        }
        if (scope.isNested()) {
            scope.free = true;
        }
        scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    private void updateSymbols(Scope scope, Map<String, NameScope> scopes, Set<String> bound, Set<String> free) {
        for (Symbol s : scope.symbols.values()) {
            s.scope = scopes.get(s.name());
        }
        boolean isClass = scope.type() == ScopeType.CLASS;
        for (String name : free) {
            Symbol existing = scope.symbols.get(name);
            if (existing != null) {
                if (isClass && (existing.flags & (Symbol.DEF_BOUND | Symbol.DEF_GLOBAL)) != 0) {
                    existing.flags |= Symbol.DEF_FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            Symbol propagated = new Symbol(name, 0, scope.type() == ScopeType.MODULE);
            propagated.scope = NameScope.FREE;
            scope.symbols.put(name, propagated);
        }
    }

    private RuntimeException atDirective(Scope scope, String name, String msg) {
        Node at = scope.directives.get(name);
        if (at == null) {
            return builder.error(msg, new org.ouroboros.lang.ast.Pos(scope.line(), 0, scope.line(), 0));
        }
        return builder.error(msg, at.pos());
    }
}
