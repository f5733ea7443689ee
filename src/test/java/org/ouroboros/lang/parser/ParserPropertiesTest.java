package org.ouroboros.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.ouroboros.lang.FrontEnd;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.Resources;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/**
 * Robustness: for random and mutated source text, the front end (tokenizer, parser, symbol
 * tables, compiler checks) either succeeds or throws a {@link PySyntaxError} that has a line and
 * a column; never another exception, a StackOverflowError or a hang. The highlighting tokenizer
 * never fails at all.
 */
class ParserPropertiesTest {

    private static final List<String> CORPUS = Resources.validPrograms().stream()
            .map(Resources::read).collect(Collectors.toList());

    private static final List<String> FRAGMENTS = List.of(
            "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "/", "//",
            "@", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "f'", "b'", "rb\"", "{x}", "{", "}", "#", "\n", "\n\n",
            "\t", "    ", "  ", "\r\n", "0x", "0o9", "1_", "1e", "1j", "0b2", "07", "€", "é", "中", "\u0000", "$",
            "?", "!", "`", "def ", "class ", "lambda ", "lambda: ", "yield ", "await ", "async ", "return ",
            "global x\n", "nonlocal x\n", "if ", "else:", "elif ", "for ", " in ", "while ", "try:", "except",
            "finally:", "with ", " as ", "import ", "from ", "del ", "pass", "break", "continue", "not ", " and ",
            " or ", " is ", "None", "True", "*args", "**kw", "x", "super()", "__class__", "print ");

    @Provide
    Arbitrary<String> mutatedPrograms() {
        // a window of a few lines of a program, often dedented, as a smaller base to damage
        Arbitrary<String> base = Combinators.combine(Arbitraries.of(CORPUS), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40), Arbitraries.of(true, false)).as(ParserPropertiesTest::window);
        Arbitrary<List<Tuple.Tuple3<Integer, Double, String>>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(FRAGMENTS))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(base, edits).as(ParserPropertiesTest::mutate);
    }

    static String window(String program, double where, int count, boolean dedent) {
        List<String> lines = program.lines().collect(Collectors.toList());
        int from = (int) (where * lines.size());
        List<String> part = lines.subList(from, Math.min(lines.size(), from + count));
        int indent = dedent ? part.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0) : 0;
        return part.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Applies edits: delete, insert, swap, duplicate a line, delete a line, truncate. */
    static String mutate(String source, List<Tuple.Tuple3<Integer, Double, String>> edits) {
        StringBuilder s = new StringBuilder(source);
        for (Tuple.Tuple3<Integer, Double, String> edit : edits) {
            int at = (int) (edit.get2() * s.length());
            at = Math.max(0, Math.min(at, s.length()));
            switch (edit.get1()) {
                case 0:
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                    break;
                case 1:
                    s.insert(at, edit.get3());
                    break;
                case 2:
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                    break;
                case 3: {
                    int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int lineEnd = s.indexOf("\n", lineStart);
                    if (lineEnd < 0) {
                        lineEnd = s.length();
                    }
                    s.insert(lineStart, s.substring(lineStart, lineEnd) + "\n");
                    break;
                }
                case 4: {
                    int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    int lineEnd = s.indexOf("\n", lineStart);
                    s.delete(lineStart, lineEnd < 0 ? s.length() : lineEnd + 1);
                    break;
                }
                default:
                    s.setLength(at);
            }
        }
        return s.toString();
    }

    @Property(tries = 3000)
    void mutatedProgramsSucceedOrFailWithALocatedSyntaxError(@ForAll("mutatedPrograms") String source) {
        assertFrontEndBehaves(source);
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 1500)
    void randomTextSucceedsOrFailsWithALocatedSyntaxError(@ForAll("randomText") String source) {
        assertFrontEndBehaves(source);
    }

    @Provide
    Arbitrary<String> deeplyNested() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 6000);
        Arbitrary<String> shape = Arbitraries.of("(", "[", "{", "-", "not ", "lambda: ", "await ", "x if y else ",
                "a + ", "a ** ", ".b", "()", "[0]", "if x:\n", "f(", "*");
        return Combinators.combine(shape, depth).as(ParserPropertiesTest::nest);
    }

    static String nest(String shape, int depth) {
        switch (shape) {
            case "(": return "x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
            case "[": return "x = " + "[".repeat(depth) + "]".repeat(depth) + "\n";
            case "{": return "x = " + "{".repeat(depth) + "}".repeat(depth) + "\n";
            case "f(": return "x = " + "f(".repeat(depth) + ")".repeat(depth) + "\n";
            case ".b": return "x = a" + ".b".repeat(depth) + "\n";
            case "()": return "x = f" + "()".repeat(depth) + "\n";
            case "[0]": return "x = a" + "[0]".repeat(depth) + "\n";
            case "if x:\n": {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 300); i++) {
                    s.append(" ".repeat(i)).append("if x:\n");
                }
                return s.append(" ".repeat(Math.min(depth, 300))).append("pass\n").toString();
            }
            default: return "x = " + shape.repeat(depth) + "1\n";
        }
    }

    @Property(tries = 200)
    void deepNestingGivesASyntaxErrorNotAStackOverflow(@ForAll("deeplyNested") String source) {
        assertFrontEndBehaves(source);
    }

    private static void assertFrontEndBehaves(String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                FrontEnd.analyze(source, "fuzz.py");
            } catch (PySyntaxError e) {
                assertTrue(e.line() >= 1, () -> "line " + e.line() + " for " + e.msg());
                assertTrue(e.col() >= 1, () -> "col " + e.col() + " for " + e.msg() + " line " + e.line());
                e.format();
            }
            List<Token> tokens = Tokenizer.forHighlighting(source);
            assertEquals(TokenKind.ENDMARKER, tokens.get(tokens.size() - 1).kind());
            int end = 0;
            for (Token t : tokens) {
                assertTrue(t.start() >= end, () -> "overlapping token " + t);
                assertEquals(source.substring(t.start(), t.end()), t.text());
                end = t.end();
            }
        });
    }

}
