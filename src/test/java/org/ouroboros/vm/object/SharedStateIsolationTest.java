package org.ouroboros.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ouroboros.vm.Vm;

/** Builtin classes and cached objects are shared by every VM in the JVM: no program may change them. */
class SharedStateIsolationTest {

    private static String run(String source) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm.builder().stdout(out).stderr(err).build().run(source, "t.py");
        return out + err.toString();
    }

    private static final String CORRUPTER = String.join("\n",
            "for stmt in ['(1).__class__ = bool', 'None.__class__ = int', 'True.__class__ = int',",
            "             'int.__name__ = \"x\"', 'int.__qualname__ = \"x\"', 'int.__module__ = \"m\"',",
            "             'int.__doc__ = \"d\"', 'int.__repr__ = lambda s: \"!\"', 'del int.__add__',",
            "             'object.__setattr__(1, \"__class__\", bool)', 'type.__setattr__(int, \"real\", 3)']:",
            "    try:",
            "        exec(stmt)",
            "        print('changed:', stmt)",
            "    except TypeError as e:",
            "        print(e)",
            "");

    @Test
    void assigningClassOfACachedIntFailsLikeCPython() {
        String out = run("try:\n    (1).__class__ = bool\nexcept TypeError as e:\n    print(e)\nprint(1, type(1))\n");
        assertEquals("__class__ assignment only supported for mutable types or ModuleType subclasses\n"
                + "1 <class 'int'>\n", out);
    }

    @Test
    void aLaterVmSeesUnchangedBuiltins() {
        String first = run(CORRUPTER);
        assertEquals(false, first.contains("changed:"), first);
        assertEquals("1 <class 'int'> None 3 int int builtins True\n",
                run("print(1, type(1), None, 1 + 2, int.__name__, int.__qualname__, int.__module__, True)\n"));
    }

    @Test
    void heapClassAssignmentChecksLayout() {
        String out = run(String.join("\n",
                "class A: pass",
                "class B: pass",
                "class S:",
                "    __slots__ = ('a',)",
                "a = A()",
                "a.__class__ = B",
                "print(type(a).__name__)",
                "try:",
                "    a.__class__ = S",
                "except TypeError as e:",
                "    print(e)",
                "try:",
                "    a.__class__ = int",
                "except TypeError as e:",
                "    print(e)",
                ""));
        assertEquals("B\n__class__ assignment: 'S' object layout differs from 'B'\n"
                + "__class__ assignment only supported for mutable types or ModuleType subclasses\n", out);
    }

    @Test
    void sharedObjectsHaveTheSameIdInEveryVmAndNoVmReusesIt() throws Exception {
        String program = "print(id(1) == id(1), id(None) != id(object()))\n";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<String> job = () -> run(CORRUPTER) + run(program + "print([1 for _ in range(100)] and int.__name__)\n");
                results.add(pool.submit(job));
            }
            String expected = run(CORRUPTER) + "True True\nint\n";
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        String a = run("print(id(None), id(1), id(int))\n");
        String b = run("x = [object() for _ in range(50)]\nprint(id(None), id(1), id(int))\n");
        assertEquals(a, b);
    }
}
