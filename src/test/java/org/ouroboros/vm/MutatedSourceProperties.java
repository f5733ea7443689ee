package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random and mutated programs either run or fail with a Python-style error that names a line —
 * never a Java exception, never a hang (a step budget bounds every run).
 */
class MutatedSourceProperties {
    private static final List<String> CORPUS = corpus();
    private static final String[] FRAGMENTS = {"(", ")", ":", "\n", "    ", "def ", "class ", "yield ", "return ",
        "lambda: ", "[", "]", "{", "}", "'", "\"", "=", "+", "*", "**", ".", ",", "await ", "async ", "for x in ",
        "if ", "else", "try:", "except:", "finally:", "with ", " as ", "global x", "nonlocal y", "del ", "1e", "0x",
        "f'{", "}'", "\\", "#", ";", "@", "->", ":=", "not ", "is ", "in ", "None", "super()", "raise ", "import sys"};

    private static List<String> corpus() {
        List<String> out = new ArrayList<>();
        for (String folder : new String[] {"seed", "programs"}) {
            try {
                for (Path p : GoldenRunner.programsWithGoldens(folder)) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> mutatedPrograms() {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, CORPUS.size() - 1);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        return net.jqwik.api.Combinators.combine(which, position, length, fragment, Arbitraries.integers().between(0, 2))
                .as((w, pos, len, frag, kind) -> mutate(CORPUS.get(w), pos, len, frag, kind));
    }

    private static String mutate(String src, int pos, int len, String fragment, int kind) {
        int at = pos % (src.length() + 1);
        int end = Math.min(src.length(), at + len);
        return switch (kind) {
            case 0 -> src.substring(0, at) + src.substring(end);
            case 1 -> src.substring(0, at) + fragment + src.substring(at);
            default -> src.substring(0, at) + fragment + src.substring(end);
        };
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void mutatedProgramsFailLikePython(@ForAll("mutatedPrograms") String source) {
        check(source);
    }

    @Property(tries = 300)
    void randomTokenSoupFailsLikePython(@ForAll("randomText") String source) {
        check(source);
    }

    private static final java.util.regex.Pattern EXIT_WARNING = java.util.regex.Pattern.compile("sys:\\d+: \\w+Warning: .*");

    private static void check(String source) {
        StringWriter err = new StringWriter();
        RunResult r = Vm.builder().stdout(Writer0.INSTANCE).stderr(err).stepBudget(200_000).objectBudget(200_000)
                .recursionLimit(200).build().run(source, "m.py");
        String text = err.toString();
        assertFalse(text.contains("internal error"), () -> "internal error for:\n" + source + "\n---\n" + text);
        assertFalse(text.contains("at org.ouroboros") || text.contains("java."), () -> source + "\n---\n" + text);
        if (r.exitCode() != 0 && !text.startsWith("ouroboros: step budget") && !text.startsWith("ouroboros: object budget")) {
            assertTrue(text.contains("line "), () -> "no line in error for:\n" + source + "\n---\n" + text);
            // CPython's exit-time warnings (sys:1: RuntimeWarning: coroutine '...' was never awaited) follow the traceback.
            String last = text.lines().filter(line -> !EXIT_WARNING.matcher(line).matches()).reduce((a, b) -> b).orElse("");
            assertTrue(last.matches("^[A-Za-z_.]+(: .*)?$"), () -> "last line not 'Type: message':\n" + text);
        }
    }

    /** Discards output. */
    private static final class Writer0 extends java.io.Writer {
        static final Writer0 INSTANCE = new Writer0();

        @Override
        public void write(char[] cbuf, int off, int len) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    static Tuple.Tuple2<Integer, Integer> unused() {
        return Tuple.of(0, 0);
    }
}
