package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ouroboros.vm.StringWriterVm.stdoutOf;

import org.junit.jupiter.api.Test;

/**
 * The interpreter's fast paths (shared co_names keys, instance-dict LOAD_ATTR / STORE_ATTR,
 * LOAD_METHOD without a bound method, plain positional calls) must notice every change that
 * would change the answer. Each program changes the world mid-loop, after the fast path has run;
 * the expected text is CPython 3.11's output for the same program.
 */
class HotPathInvalidationTest {
    /** LOAD_METHOD finds a method reassigned on the class after it was called. */
    @Test
    void methodReassignedOnTheClassIsSeenByTheNextLoadMethod() {
        String program = "class C:\n"
                + "    def m(self):\n"
                + "        return \"old\"\n"
                + "c = C()\n"
                + "out = []\n"
                + "for i in range(4):\n"
                + "    out.append(c.m())\n"
                + "    if i == 1:\n"
                + "        C.m = lambda self: \"new\"\n"
                + "print(out)\n";
        assertEquals("['old', 'old', 'new', 'new']\n", stdoutOf(program));
    }

    /** A data descriptor added to the class later wins over the instance dict, for loads and stores. */
    @Test
    void propertyAddedLaterShadowsTheInstanceDict() {
        String program = "class C:\n"
                + "    pass\n"
                + "c = C()\n"
                + "c.x = 1\n"
                + "seen = []\n"
                + "for i in range(4):\n"
                + "    seen.append(c.x)\n"
                + "    if i == 1:\n"
                + "        C.x = property(lambda self: \"prop\", lambda self, v: seen.append(\"set \" + str(v)))\n"
                + "    c.x = i\n"
                + "print(seen, c.__dict__)\n";
        assertEquals("[1, 0, 'set 1', 'prop', 'set 2', 'prop', 'set 3'] {'x': 0}\n", stdoutOf(program));
    }

    /** An overriding __getattribute__ / __setattr__ installed after the fast path ran takes over. */
    @Test
    void getattributeAndSetattrOverridesAddedLaterAreHonoured() {
        String program = "class C:\n"
                + "    pass\n"
                + "c = C()\n"
                + "c.x = 1\n"
                + "seen = []\n"
                + "for i in range(4):\n"
                + "    seen.append(c.x)\n"
                + "    if i == 1:\n"
                + "        C.__getattribute__ = lambda self, name: \"intercepted \" + name\n"
                + "        C.__setattr__ = lambda self, name, v: seen.append(\"setattr \" + name)\n"
                + "    c.y = i\n"
                + "print(seen, object.__getattribute__(c, \"__dict__\"))\n";
        assertEquals("[1, 1, 'setattr y', 'intercepted x', 'setattr y', 'intercepted x', 'setattr y'] {'x': 1, 'y': 0}\n", stdoutOf(program));
    }

    /** Rebinding or deleting a global (or shadowing a builtin) is seen by the next LOAD_GLOBAL / LOAD_NAME. */
    @Test
    void rebindingGlobalsAndBuiltinsIsSeenImmediately() {
        String program = "def step():\n"
                + "    return 1\n"
                + "total = 0\n"
                + "for i in range(6):\n"
                + "    total += step()\n"
                + "    if i == 2:\n"
                + "        def step():\n"
                + "            return 100\n"
                + "def f():\n"
                + "    return g(1)\n"
                + "def g(x):\n"
                + "    return x + 1\n"
                + "r = [f()]\n"
                + "g = lambda x: x * 10\n"
                + "r.append(f())\n"
                + "del g\n"
                + "try:\n"
                + "    f()\n"
                + "except NameError as e:\n"
                + "    r.append(str(e))\n"
                + "len = lambda x: -1\n"
                + "r.append(len([1, 2]))\n"
                + "del len\n"
                + "r.append(len([1, 2]))\n"
                + "print(total, r)\n";
        assertEquals("303 [2, 10, \"name 'g' is not defined\", -1, 2]\n", stdoutOf(program));
    }

    /** A base-class method change, an instance attribute shadowing a method, defaults, keyword-only, cells, missing args. */
    @Test
    void inheritedMethodChangesAndNonPlainCallsKeepTheirMeaning() {
        String program = "class A:\n"
                + "    def who(self):\n"
                + "        return \"A\"\n"
                + "class B:\n"
                + "    def who(self):\n"
                + "        return \"B\"\n"
                + "class D(A):\n"
                + "    pass\n"
                + "d = D()\n"
                + "r = []\n"
                + "for i in range(4):\n"
                + "    r.append(d.who())\n"
                + "    if i == 1:\n"
                + "        A.who = lambda self: \"A2\"\n"
                + "d.who = lambda: \"instance\"\n"
                + "r.append(d.who())\n"
                + "def pos(a, b, c=3, *, k=4):\n"
                + "    return (a, b, c, k)\n"
                + "r.append(pos(1, 2))\n"
                + "r.append(pos(1, 2, 5))\n"
                + "def cell(a):\n"
                + "    def inner():\n"
                + "        return a\n"
                + "    return inner()\n"
                + "r.append(cell(7))\n"
                + "try:\n"
                + "    pos(1)\n"
                + "except TypeError as e:\n"
                + "    r.append(str(e))\n"
                + "print(r)\n";
        assertEquals("['A', 'A', 'A2', 'A2', 'instance', (1, 2, 3, 4), (1, 2, 5, 4), 7, \"pos() missing 1 required positional argument: 'b'\"]\n", stdoutOf(program));
    }
}
