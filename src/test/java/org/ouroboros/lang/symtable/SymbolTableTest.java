package org.ouroboros.lang.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ouroboros.lang.Resources;
import org.ouroboros.lang.ast.ClassDef;
import org.ouroboros.lang.ast.FunctionDef;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.parser.Parser;

class SymbolTableTest {

    static Stream<Path> programs() {
        return Resources.validPrograms().stream();
    }

    /** Every scope, symbol, scope kind and flag equals what Python's symtable module reports. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesPythonSymtableModule(Path program) {
        String source = Resources.read(program);
        SymbolTable table = SymbolTable.build(Parser.parse(source, "p.py"), source, "p.py");
        List<String> out = new ArrayList<>();
        dump(table.top(), 0, out);
        assertEquals(Resources.golden(program, "symtable"), String.join("\n", out) + "\n");
    }

    static void dump(Scope scope, int depth, List<String> out) {
        String pad = "  ".repeat(depth);
        boolean nested = scope.type() == ScopeType.FUNCTION && scope.isNested();
        out.add(pad + scope.type().pythonName() + " " + scope.name() + " line=" + scope.line() + (nested ? " nested" : ""));
        List<Symbol> symbols = scope.symbols().values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name())).collect(Collectors.toList());
        for (Symbol s : symbols) {
            List<String> attrs = new ArrayList<>();
            attrs.add(s.scope().name());
            if (s.isReferenced()) {
                attrs.add("referenced");
            }
            if (s.isAssigned()) {
                attrs.add("assigned");
            }
            if (s.isParameter()) {
                attrs.add("parameter");
            }
            if (s.isGlobal()) {
                attrs.add("global");
            }
            if (s.isDeclaredGlobal()) {
                attrs.add("declared_global");
            }
            if (s.isLocal()) {
                attrs.add("local");
            }
            if (s.isFree()) {
                attrs.add("free");
            }
            if (s.isImported()) {
                attrs.add("imported");
            }
            if (s.isAnnotated()) {
                attrs.add("annotated");
            }
            if (s.isNonlocal()) {
                attrs.add("nonlocal");
            }
            out.add(pad + "  " + s.name() + ": " + String.join(" ", attrs));
        }
        for (Scope child : scope.children()) {
            dump(child, depth + 1, out);
        }
    }

    private static SymbolTable table(String source) {
        return SymbolTable.build(Parser.parse(source, "t.py"), source, "t.py");
    }

    @Test
    void zeroArgumentSuperGivesTheMethodAClassFreeVariableAndTheClassACell() {
        String source = "class A(B):\n    def f(self):\n        return super().f()\n    def g(self):\n        return 1\n";
        Module module = Parser.parse(source, "t.py");
        SymbolTable table = SymbolTable.build(module, source, "t.py");
        ClassDef cls = (ClassDef) module.body().get(0);
        Scope classScope = table.scopeOf(cls);
        assertTrue(classScope.needsClassClosure());
        Scope f = table.scopeOf(cls.body().get(0));
        assertEquals(NameScope.FREE, f.scopeOf("__class__"));
        assertEquals(List.of("__class__"), f.freeVars());
        Scope g = table.scopeOf(cls.body().get(1));
        assertEquals(List.of(), g.freeVars());
    }

    @Test
    void classBodyNamesAreNotVisibleToMethods() {
        String source = "def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n";
        Module module = Parser.parse(source, "t.py");
        SymbolTable table = SymbolTable.build(module, source, "t.py");
        FunctionDef outer = (FunctionDef) module.body().get(0);
        assertEquals(NameScope.CELL, table.scopeOf(outer).scopeOf("x"));
        ClassDef c = (ClassDef) outer.body().get(1);
        Scope classScope = table.scopeOf(c);
        assertEquals(NameScope.LOCAL, classScope.scopeOf("x"));
        assertTrue(classScope.lookup("x").isFreeClass());
        assertEquals(NameScope.FREE, table.scopeOf(c.body().get(1)).scopeOf("x"));
    }

    @Test
    void comprehensionsAreFunctionScopesWithTheFirstIterableOutside() {
        SymbolTable table = table("def f(data):\n    return [x for x in data if x]\n");
        Scope f = table.top().children().get(0);
        Scope comp = f.children().get(0);
        assertEquals("listcomp", comp.name());
        assertEquals(List.of(".0"), comp.parameters());
        assertEquals(NameScope.LOCAL, comp.scopeOf("x"));
        assertTrue(f.lookup("data").isReferenced());
        assertEquals(null, comp.lookup("data"));
    }

    @Test
    void generatorAndCoroutineFlags() {
        SymbolTable table = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 2\n"
                + "def v(*a, **k):\n    pass\n");
        List<Scope> scopes = table.top().children();
        assertTrue(scopes.get(0).isGenerator());
        assertFalse(scopes.get(0).isCoroutine());
        assertTrue(scopes.get(1).isCoroutine());
        assertFalse(scopes.get(1).isGenerator());
        assertTrue(scopes.get(2).isAsyncGenerator());
        assertTrue(scopes.get(3).hasVarargs());
        assertTrue(scopes.get(3).hasVarkeywords());
        assertEquals(List.of("a", "k"), scopes.get(3).parameters());
    }

    @Test
    void privateNamesAreMangledInsideClasses() {
        SymbolTable table = table("class _Widget:\n    __secret = 1\n    __dunder__ = 2\n");
        Scope c = table.top().children().get(0);
        assertTrue(c.symbols().containsKey("_Widget__secret"));
        assertTrue(c.symbols().containsKey("__dunder__"));
    }

    @Test
    void walrusInComprehensionBindsInTheEnclosingFunction() {
        SymbolTable table = table("def f(d):\n    return [y for x in d if (y := x)], y\n");
        Scope f = table.top().children().get(0);
        assertEquals(NameScope.CELL, f.scopeOf("y"));
        assertEquals(NameScope.FREE, f.children().get(0).scopeOf("y"));
    }
}
