package org.ouroboros.vm.corpus;

import java.time.Duration;

/**
 * Every corpus program runs in a fresh {@code Vm}, but all of them share one JVM, and with it the
 * builtin singletons (small ints, True/False, None, the empty str and tuple). A program that
 * manages to mutate one (say {@code (1).__class__ = bool}) would silently break every program run
 * after it. The canary is a tiny program whose CPython 3.11 output is fixed; running it before
 * and after each corpus program names the program that leaked state, instead of leaving a trail
 * of unexplained failures.
 */
final class SharedStateCanary {
    static final String SOURCE = """
            print(-5, 0, 1, 2, 256, True, False, None, 1.0, "", "a", (), [], {})
            print(type(1).__name__, type(True).__name__, type(None).__name__, 1 + 1, True + True, 1 == True)
            print(int.__name__, bool.__mro__, len("abc"), repr("s"), str(7))
            """;
    /** What CPython 3.11 prints for {@link #SOURCE}. */
    static final String CPYTHON_OUTPUT = """
            -5 0 1 2 256 True False None 1.0  a () [] {}
            int bool NoneType 2 2 True
            int (<class 'bool'>, <class 'int'>, <class 'object'>) 3 's' 7
            """;
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static volatile String firstLeak;

    private SharedStateCanary() {
    }

    /** True when a fresh VM still prints what CPython prints for the canary. */
    static boolean healthy() {
        try {
            ProgramOutput out = EmbeddedVm.run(SOURCE, "canary.py", LIMIT);
            return out.exitCode() == 0 && out.stdout().equals(CPYTHON_OUTPUT);
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Remembers the first program after which the canary died; later failures point back to it. */
    static void recordLeak(String program) {
        if (firstLeak == null) {
            firstLeak = program;
        }
    }

    static String firstLeak() {
        return firstLeak;
    }
}
