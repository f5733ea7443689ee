package org.ouroboros.lang.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.Resources;
import org.ouroboros.lang.ast.PythonRepr;

class TokenizerTest {

    static Stream<Path> programs() {
        return Resources.validPrograms().stream();
    }

    /** Same tokens, texts and positions as CPython 3.11's tokenize module (goldens). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesPythonTokenizeModule(Path program) {
        Tokenizer.Result result = Tokenizer.tokenize(Resources.read(program), program.toString());
        assertNull(result.error(), () -> result.error().format());
        assertEquals(Resources.golden(program, "tokens"), dump(result.tokens()));
    }

    static String dump(List<Token> tokens) {
        return tokens.stream()
                .map(t -> t.kind() + " " + PythonRepr.ofStr(t.text()) + " " + t.line() + "," + t.col()
                        + "-" + t.endLine() + "," + t.endCol())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> kinds(String source) {
        return Tokenizer.tokenizeOrThrow(source, "t.py").stream()
                .map(t -> t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME
                        || t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.STRING
                        ? t.text() : t.kind().name())
                .collect(Collectors.toList());
    }

    @Test
    void indentAndDedentFollowTheIndentationStack() {
        assertEquals(List.of("if", "x", ":", "NEWLINE", "INDENT", "if", "y", ":", "NEWLINE", "INDENT",
                "z", "NEWLINE", "DEDENT", "DEDENT", "w", "NEWLINE", "ENDMARKER"),
                kinds("if x:\n    if y:\n        z\nw\n"));
    }

    @Test
    void tabsAdvanceToTheNextMultipleOfEight() {
        // a tab then 8 spaces: the tab gives column 8, equal to 8 spaces would be a TabError
        assertEquals(List.of("if", "x", ":", "NEWLINE", "INDENT", "a", "NEWLINE", "DEDENT", "ENDMARKER"),
                kinds("if x:\n\ta\n"));
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Tokenizer.tokenizeOrThrow("if x:\n\ta\n        b\n", "t.py"));
        assertEquals(PySyntaxError.Kind.TabError, e.kind());
        assertEquals(3, e.line());
    }

    @Test
    void inconsistentDedentIsAnIndentationError() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Tokenizer.tokenizeOrThrow("if x:\n        a\n    b\n", "t.py"));
        assertEquals(PySyntaxError.Kind.IndentationError, e.kind());
        assertEquals("unindent does not match any outer indentation level", e.msg());
        assertEquals(3, e.line());
        assertEquals(6, e.col());
    }

    @Test
    void newlinesInsideBracketsAreNl() {
        assertEquals(List.of("x", "=", "(", "1", ",", "NL", "2", ")", "NEWLINE", "ENDMARKER"),
                kinds("x = (1,\n     2)\n"));
    }

    @Test
    void blankAndCommentLinesAreNlAndDoNotIndent() {
        assertEquals(List.of("NL", "x", "NEWLINE", "COMMENT", "NL", "NL", "y", "NEWLINE", "ENDMARKER"),
                kinds("\nx\n    # c\n  \ny\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals(List.of("x", "=", "1", "+", "2", "NEWLINE", "ENDMARKER"), kinds("x = 1 + \\\n  2\n"));
    }

    @Test
    void missingFinalNewlineStillEndsTheLogicalLine() {
        assertEquals(List.of("if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "ENDMARKER"),
                kinds("if a:\n  b"));
    }

    @Test
    void stringPrefixesAreCaseInsensitiveAndCombine() {
        for (String prefix : List.of("r", "b", "rb", "br", "f", "rf", "fr", "u", "R", "Rb", "bR", "F", "fR", "U")) {
            String source = prefix + "'x'\n";
            assertEquals(List.of(prefix + "'x'", "NEWLINE", "ENDMARKER"), kinds(source), prefix);
        }
        // "bu" is not a prefix: a name followed by a string
        assertEquals(List.of("bu", "'x'", "NEWLINE", "ENDMARKER"), kinds("bu'x'\n"));
    }

    @Test
    void tripleQuotedStringsSpanLines() {
        List<Token> tokens = Tokenizer.tokenizeOrThrow("s = '''a\nb''' + \"\"\"c\"\"\"\n", "t.py");
        Token triple = tokens.get(2);
        assertEquals(TokenKind.STRING, triple.kind());
        assertEquals("'''a\nb'''", triple.text());
        assertEquals(1, triple.line());
        assertEquals(2, triple.endLine());
        assertEquals(4, triple.endCol());
    }

    @Test
    void numbersWithUnderscoresRadixesExponentsAndImaginary() {
        assertEquals(List.of("1_000", "0x_FF", "0o17", "0b1_0", "1.5e-3", "1E5", "3j", ".5J", "5.", "0",
                "00", "NEWLINE", "ENDMARKER"),
                kinds("1_000 0x_FF 0o17 0b1_0 1.5e-3 1E5 3j .5J 5. 0 00\n"));
        // a number directly followed by a keyword is still allowed (deprecated) in 3.11
        assertEquals(List.of("1", "if", "x", "else", "2", "NEWLINE", "ENDMARKER"), kinds("1if x else 2\n"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of("**=", "//=", ">>=", "<<=", "...", ":=", "->", "@=", "!=", "**", "//", "NEWLINE",
                "ENDMARKER"), kinds("**= //= >>= <<= ... := -> @= != ** //\n"));
    }

    @Test
    void invalidNumbersUseCPythonMessages() {
        assertError("x = 1abc\n", "invalid decimal literal", 1, 5);
        assertError("x = 12_\n", "invalid decimal literal", 1, 7);
        assertError("x = 0xg\n", "invalid hexadecimal literal", 1, 6);
        assertError("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7);
        assertError("x = 0b2\n", "invalid digit '2' in binary literal", 1, 7);
        assertError("x = 1jj\n", "invalid imaginary literal", 1, 6);
        assertError("x = 012\n",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                1, 5);
    }

    @Test
    void unterminatedStringsReportTheirStartAndWhereTheyWereDetected() {
        assertError("x = 1\ns = 'abc\n", "unterminated string literal (detected at line 2)", 2, 5);
        assertError("s = '''abc\n\nmore\n", "unterminated triple-quoted string literal (detected at line 3)", 1, 5);
    }

    @Test
    void bracketErrors() {
        assertError("a = 1)\n", "unmatched ')'", 1, 6);
        assertError("a = (1, 2]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10);
        assertError("a = (1,\n 2]\n",
                "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3);
        assertError("a = [1, (2,\n", "'(' was never closed", 1, 9);
        String deep = "x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n";
        assertError(deep, "too many nested parentheses", 1, 205);
    }

    @Test
    void invalidCharacters() {
        assertError("x = 1 \u20ac 2\n", "invalid character '\u20ac' (U+20AC)", 1, 7);
        assertError("x = \u0001\n", "invalid non-printable character U+0001", 1, 5);
        // ASCII punctuation that is no operator is a token the parser rejects
        assertEquals(TokenKind.ERRORTOKEN, Tokenizer.tokenizeOrThrow("a = $b\n", "t.py").get(2).kind());
    }

    @Test
    void continuationErrors() {
        assertError("x = 1 + \\\n  2 \\ 3\n", "unexpected character after line continuation character", 2, 16);
        assertError("x = 1 + \\\n 2 + \\\n", "unexpected EOF while parsing", 2, 7);
        assertError("x = (1 + \\\n 2 + \\\n", "'(' was never closed", 1, 5);
    }

    @Test
    void unicodeIdentifiers() {
        assertEquals(List.of("变量", "=", "\u00e9t\u00e9", "NEWLINE", "ENDMARKER"), kinds("变量 = \u00e9t\u00e9\n"));
    }

    @Test
    void crlfLineEndingsAreNewlines() {
        assertEquals(List.of("if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "ENDMARKER"),
                kinds("if x:\r\n  y\r\n"));
    }

    @Test
    void keywordsAreClassified() {
        assertTrue(Keywords.isKeyword("async"));
        assertTrue(Keywords.isKeyword("None"));
        assertFalse(Keywords.isKeyword("match"));
        assertTrue(Keywords.isSoftKeyword("match"));
        assertFalse(Keywords.isKeyword("print"));
    }

    @Test
    void highlightingNeverThrowsAndCoversTheWholeText() {
        String source = "def f(:\n  s = 'open\n  x = 0o9 + 1abc € $\n\tt = ''' never closed\n)]}\n";
        List<Token> tokens = Tokenizer.forHighlighting(source);
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TokenKind.ERRORTOKEN));
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TokenKind.STRING && t.text().startsWith("'''")));
        assertEquals(TokenKind.ENDMARKER, tokens.get(tokens.size() - 1).kind());
        int previousEnd = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= previousEnd, "tokens are in order and do not overlap: " + t);
            assertEquals(source.substring(t.start(), t.end()), t.text());
            previousEnd = t.end();
        }
    }

    @Test
    void highlightingKeepsComments() {
        List<Token> tokens = Tokenizer.forHighlighting("x = 1  # note\n");
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TokenKind.COMMENT && t.text().equals("# note")));
    }

    private static void assertError(String source, String msg, int line, int col) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Tokenizer.tokenizeOrThrow(source, "t.py"));
        assertEquals(msg, e.msg());
        assertEquals(line, e.line(), "line");
        assertEquals(col, e.col(), "col");
    }
}
