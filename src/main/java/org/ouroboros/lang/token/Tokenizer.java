package org.ouroboros.lang.token;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.PythonRepr;

/**
 * Python 3.11's tokenizer rules ({@code Parser/tokenizer.c}): INDENT/DEDENT from a stack of
 * indentation columns (tabs to multiples of 8, with the tabs-as-1 check for TabError), NEWLINE
 * vs NL, implicit joining inside brackets, backslash continuation, string prefixes and triple
 * quotes, numeric literal validation, and CPython's error messages and offsets.
 *
 * <p>Two modes: {@link #tokenize} (for the parser) stops at the first error and returns it
 * with the tokens read so far, like CPython's lazy tokenizer does; {@link #forHighlighting}
 * never fails: what cannot be tokenized becomes an {@link TokenKind#ERRORTOKEN} and scanning
 * goes on. Both return COMMENT and NL tokens, as Python's {@code tokenize} module does.
 */
public final class Tokenizer {

    /** CPython's MAXLEVEL: brackets nested deeper give "too many nested parentheses". */
    public static final int MAX_PAREN_LEVEL = 200;
    /** CPython's MAXINDENT: "too many levels of indentation". */
    public static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;

    /**
     * What {@link #tokenize} found: all tokens up to the first error; if {@code error} is
     * non-null the last token is an ERRORTOKEN where it happened. {@code unclosedBracket} says
     * the error is "'(' was never closed" (reached the end inside brackets), which CPython's
     * parser reports only when it comes before the parser's own error.
     */
    public record Result(List<Token> tokens, PySyntaxError error, boolean unclosedBracket,
                         boolean errorOverridesParser) {
    }

    private final String src;
    private final int n;
    private final String filename;
    private final boolean lenient;
    private final List<Token> out;
    private SourceLines sourceLines;

    private int pos;
    private int line = 1;
    private int lineStart;
    /** Start of the physical line where the current run of backslash-joined lines began. */
    private int bufferStart;
    private boolean atLineStart = true;
    private boolean lineHasContent;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;

    private final char[] brackets = new char[MAX_PAREN_LEVEL + 1];
    private final int[] bracketLines = new int[MAX_PAREN_LEVEL + 1];
    private final int[] bracketCols = new int[MAX_PAREN_LEVEL + 1];
    private int level;

    private PySyntaxError error;
    private boolean unclosedBracket;
    /**
     * CPython raises most tokenizer errors at once (they then win over a parser error found
     * earlier in the file), but only flags a few (bad dedent, TabError, too deep, a character
     * after a line continuation, EOF after one), which an earlier parser error hides.
     */
    private boolean errorOverridesParser = true;

    private Tokenizer(String source, String filename, boolean lenient) {
        this.src = source;
        this.n = source.length();
        this.filename = filename;
        this.lenient = lenient;
        this.out = new ArrayList<>(Math.max(16, n / 4));
    }

    /** Tokenizes for the parser; never throws: a syntax error is returned in the result. */
    public static Result tokenize(String source, String filename) {
        Tokenizer t = new Tokenizer(source, filename, false);
        t.run();
        return new Result(t.out, t.error, t.unclosedBracket, t.errorOverridesParser);
    }

    /** Tokenizes and throws the first {@link PySyntaxError}. */
    public static List<Token> tokenizeOrThrow(String source, String filename) {
        Result result = tokenize(source, filename);
        if (result.error() != null) {
            throw result.error();
        }
        return result.tokens();
    }

    /**
     * Every token of {@code source} including COMMENT, NL and ERRORTOKEN, for an editor's
     * syntax highlighting. Never throws; linear time. An unterminated string is still a STRING
     * (up to the end of its line, or of the text for a triple-quoted one).
     */
    public static List<Token> forHighlighting(String source) {
        Tokenizer t = new Tokenizer(source, "<editor>", true);
        t.run();
        return t.out;
    }

    // ---------------------------------------------------------------- main loop

    private void run() {
        if (n > 0 && src.charAt(0) == '\uFEFF') {
            pos = 1;
            lineStart = 1;
            bufferStart = 1;
        }
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!indentation()) {
                    return;
                }
            }
            skipSpaces();
            if (pos >= n) {
                endOfInput();
                return;
            }
            char c = src.charAt(pos);
            boolean ok;
            if (c == '#') {
                ok = comment();
            } else if (c == '\n' || c == '\r') {
                ok = newline();
            } else if (c == '\\') {
                ok = continuation();
            } else if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1)))) {
                ok = number();
            } else if (c == '\'' || c == '"') {
                ok = string(pos, pos);
            } else if (isPotentialIdentifierStart(c)) {
                ok = identifierOrString();
            } else {
                ok = operator();
            }
            if (!ok) {
                return;
            }
        }
    }

    private void skipSpaces() {
        while (pos < n) {
            char c = src.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\f') {
                return;
            }
            pos++;
        }
    }

    // ---------------------------------------------------------------- indentation

    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split by a backslash: the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                int backslash = pos;
                if (pos + 1 >= n) {
                    return flagged(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing",
                            line, backslash - lineStart + 2, -1, backslash, n);
                }
                if (!isNewline(src.charAt(pos + 1))) {
                    return flagged(PySyntaxError.Kind.SyntaxError,
                            "unexpected character after line continuation character",
                            line, backslash - bufferStart + 2, 0, backslash, backslash + 1);
                }
                pos++;
                consumeNewline();
                if (pos >= n) {
                    return flagged(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing",
                            line - 1, backslash - lineStartOf(backslash) + 2, -1, backslash, pos);
                }
                continue;
            } else {
                break;
            }
            pos++;
        }
        // CPython adds a final newline, so trailing blanks at the end of the text are a blank line
        boolean blank = pos < n ? src.charAt(pos) == '#' || isNewline(src.charAt(pos)) : pos > lineStart;
        if (blank || level != 0) {
            return true;
        }
        if (contLineCol != 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
        int indentStart = lineStart;
        if (col == indents[indentTop]) {
            if (altcol != altIndents[indentTop]) {
                return tabError();
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                return lenient || flagged(PySyntaxError.Kind.IndentationError, "too many levels of indentation",
                        line, 1, -1, indentStart, pos);
            }
            if (altcol <= altIndents[indentTop] && !lenient) {
                return tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altcol;
            emit(TokenKind.INDENT, indentStart, pos, line, 0);
        } else {
            int target = indentTop;
            while (target > 0 && col < indents[target]) {
                target--;
            }
            // CPython reports a bad dedent before it hands out any of the DEDENT tokens
            if (col != indents[target] && !lenient) {
                int lineEnd = lineEnd(pos);
                return flagged(PySyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level",
                        line, lineEnd - lineStart + 1, -1, pos, lineEnd);
            }
            if (altcol != altIndents[target] && col == indents[target]) {
                return tabError();
            }
            while (indentTop > target) {
                indentTop--;
                emit(TokenKind.DEDENT, pos, pos, line, pos - lineStart);
            }
        }
        return true;
    }

    private boolean tabError() {
        if (lenient) {
            return true; // the editor shows the code; the run reports the TabError
        }
        return flagged(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation",
                line, 1, 0, lineStart, pos);
    }

    // ---------------------------------------------------------------- simple tokens

    private boolean comment() {
        int start = pos;
        while (pos < n && !isNewline(src.charAt(pos))) {
            pos++;
        }
        emit(TokenKind.COMMENT, start, pos, line, start - lineStart);
        return true;
    }

    private boolean newline() {
        int start = pos;
        int startCol = pos - lineStart;
        consumeNewline();
        boolean logicalEnd = level == 0 && lineHasContent;
        out.add(new Token(logicalEnd ? TokenKind.NEWLINE : TokenKind.NL, src.substring(start, pos),
                line - 1, startCol, line - 1, startCol + (pos - start), start, pos));
        lineHasContent = false;
        atLineStart = true;
        bufferStart = pos;
        return true;
    }

    private boolean continuation() {
        int backslash = pos;
        int col = backslash - lineStart;
        if (pos + 1 >= n) {
            if (level > 0) {
                pos = n; // EOF inside brackets: "'(' was never closed"
                return true;
            }
            return flagged(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing",
                    line, col + 2, -1, backslash, n);
        }
        if (!isNewline(src.charAt(pos + 1))) {
            // CPython measures this one from the start of the backslash-joined line
            return flagged(PySyntaxError.Kind.SyntaxError,
                    "unexpected character after line continuation character",
                    line, backslash - bufferStart + 2, 0, backslash, backslash + 1);
        }
        pos++;
        consumeNewline();
        if (pos >= n && level == 0) {
            return flagged(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing",
                    line - 1, col + 2, -1, backslash, n);
        }
        return true;
    }

    private void endOfInput() {
        if (level > 0 && !lenient) {
            char open = brackets[level - 1];
            int openLine = bracketLines[level - 1];
            int openCol = bracketCols[level - 1];
            unclosedBracket = true;
            fail(PySyntaxError.Kind.SyntaxError, "'" + open + "' was never closed",
                    openLine, openCol + 1, 0, n, n);
            return;
        }
        int endLine = line;
        int endCol = pos - lineStart;
        if (lineHasContent) {
            // A last line without a line break still ends its logical line.
            out.add(new Token(TokenKind.NEWLINE, "", line, endCol, line, endCol + 1, n, n));
            lineHasContent = false;
            endLine++;
            endCol = 0;
        }
        while (indentTop > 0) {
            indentTop--;
            out.add(new Token(TokenKind.DEDENT, "", endLine, endCol, endLine, endCol, n, n));
        }
        out.add(new Token(TokenKind.ENDMARKER, "", endLine, endCol, endLine, endCol, n, n));
    }

    // ---------------------------------------------------------------- names and strings

    private boolean identifierOrString() {
        int start = pos;
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int p = pos;
        while (p < n) {
            char c = src.charAt(p);
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            p++;
            if (p < n && (src.charAt(p) == '\'' || src.charAt(p) == '"')) {
                return string(start, p);
            }
        }
        p = pos;
        boolean ascii = true;
        while (p < n && isPotentialIdentifierChar(src.charAt(p))) {
            ascii &= src.charAt(p) < 128;
            p++;
        }
        if (!ascii) {
            int bad = invalidIdentifierChar(start, p);
            if (bad >= 0) {
                int cp = src.codePointAt(bad);
                int badEnd = bad + Character.charCount(cp);
                String hex = String.format("%04X", cp);
                String msg = PythonRepr.isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                        : "invalid non-printable character U+" + hex;
                int offset = badEnd - lineStart;
                return fail(PySyntaxError.Kind.SyntaxError, msg, line, offset, offset, bad, badEnd);
            }
        }
        pos = p;
        emit(TokenKind.NAME, start, p, line, start - lineStart);
        lineHasContent = true;
        return true;
    }

    /** Index of the first char that cannot be part of this identifier, or -1. */
    private int invalidIdentifierChar(int start, int end) {
        int i = start;
        boolean first = true;
        while (i < end) {
            int cp = src.codePointAt(i);
            boolean valid = first
                    ? cp == '_' || Character.isUnicodeIdentifierStart(cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!valid) {
                return i;
            }
            first = false;
            i += Character.charCount(cp);
        }
        return -1;
    }

    private boolean string(int start, int quotePos) {
        char quote = src.charAt(quotePos);
        int startLine = line;
        int startLineStart = lineStart;
        int startCol = start - lineStart;
        int p = quotePos + 1;
        int quoteSize = 1;
        if (p + 1 < n && src.charAt(p) == quote && src.charAt(p + 1) == quote) {
            quoteSize = 3;
            p += 2;
        }
        int endQuotes = 0;
        while (endQuotes != quoteSize) {
            if (p >= n) {
                // CPython counts the last line, not the empty one after a final newline.
                int detected = p > lineStart || line == 1 ? line : line - 1;
                return unterminated(start, startLine, startLineStart, startCol, quoteSize, detected, p);
            }
            char c = src.charAt(p);
            if (c == quote) {
                endQuotes++;
                p++;
            } else {
                endQuotes = 0;
                if (isNewline(c)) {
                    if (quoteSize == 1) {
                        return unterminated(start, startLine, startLineStart, startCol, 1, line, p);
                    }
                    pos = p;
                    consumeNewline();
                    p = pos;
                } else if (c == '\\') {
                    p++;
                    if (p < n && isNewline(src.charAt(p))) {
                        pos = p;
                        consumeNewline();
                        p = pos;
                    } else if (p < n) {
                        p++;
                    }
                } else {
                    p++;
                }
            }
        }
        pos = p;
        out.add(new Token(TokenKind.STRING, src.substring(start, p), startLine, startCol, line,
                p - lineStart, start, p));
        lineHasContent = true;
        return true;
    }

    private boolean unterminated(int start, int startLine, int startLineStart, int startCol,
                                 int quoteSize, int detectedLine, int end) {
        if (lenient) {
            pos = end;
            out.add(new Token(TokenKind.STRING, src.substring(start, end), startLine, startCol, line,
                    end - lineStart, start, end));
            lineHasContent = true;
            return true;
        }
        String msg = quoteSize == 3
                ? "unterminated triple-quoted string literal (detected at line " + detectedLine + ")"
                : "unterminated string literal (detected at line " + detectedLine + ")";
        int offset = start - startLineStart + 1;
        return fail(PySyntaxError.Kind.SyntaxError, msg, startLine, offset, offset, start, end);
    }

    // ---------------------------------------------------------------- numbers

    private boolean number() {
        int start = pos;
        int p = pos;
        char c = charAt(p);
        if (c == '0' && (charAt(p + 1) == 'x' || charAt(p + 1) == 'X')) {
            return radixNumber(start, p + 2, 16, "hexadecimal");
        }
        if (c == '0' && (charAt(p + 1) == 'o' || charAt(p + 1) == 'O')) {
            return radixNumber(start, p + 2, 8, "octal");
        }
        if (c == '0' && (charAt(p + 1) == 'b' || charAt(p + 1) == 'B')) {
            return radixNumber(start, p + 2, 2, "binary");
        }
        if (c == '.') {
            return fraction(start, p + 1);
        }
        if (c == '0') {
            p++;
            while (true) {
                if (charAt(p) == '_') {
                    p++;
                    if (!isDigit(charAt(p))) {
                        return numberError("invalid decimal literal", start, p);
                    }
                }
                if (charAt(p) != '0') {
                    break;
                }
                p++;
            }
            int zerosEnd = p;
            boolean nonzero = false;
            if (isDigit(charAt(p))) {
                nonzero = true;
                p = decimalTail(start, p);
                if (p < 0) {
                    return error == null; // highlighting goes on after a bad literal
                }
            }
            c = charAt(p);
            if (c == '.') {
                return fraction(start, p + 1);
            } else if (c == 'e' || c == 'E') {
                return exponent(start, p);
            } else if (c == 'j' || c == 'J') {
                return endNumber(start, p + 1, "imaginary");
            } else if (nonzero) {
                int col = start - lineStart;
                return fail(PySyntaxError.Kind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers",
                        line, col + 1, zerosEnd - lineStart + 1, start, p);
            }
            return endNumber(start, p, "decimal");
        }
        p = decimalTail(start, p);
        if (p < 0) {
            return error == null; // highlighting goes on after a bad literal
        }
        c = charAt(p);
        if (c == '.') {
            return fraction(start, p + 1);
        }
        if (c == 'e' || c == 'E') {
            return exponent(start, p);
        }
        if (c == 'j' || c == 'J') {
            return endNumber(start, p + 1, "imaginary");
        }
        return endNumber(start, p, "decimal");
    }

    private boolean radixNumber(int start, int p, int radix, String kind) {
        do {
            if (charAt(p) == '_') {
                p++;
            }
            char c = charAt(p);
            if (!isRadixDigit(c, radix)) {
                if (radix < 10 && isDigit(c)) {
                    return numberError("invalid digit '" + c + "' in " + kind + " literal", start, p + 1);
                }
                return numberError("invalid " + kind + " literal", start, p);
            }
            while (isRadixDigit(charAt(p), radix)) {
                p++;
            }
        } while (charAt(p) == '_');
        if (radix < 10 && isDigit(charAt(p))) {
            return numberError("invalid digit '" + charAt(p) + "' in " + kind + " literal", start, p + 1);
        }
        return endNumber(start, p, kind);
    }

    private static boolean isRadixDigit(char c, int radix) {
        if (c >= 128) {
            return false;
        }
        return Character.digit(c, radix) >= 0;
    }

    /** Digits with single underscores between them; returns the end, or -1 after an error. */
    private int decimalTail(int start, int p) {
        while (true) {
            while (isDigit(charAt(p))) {
                p++;
            }
            if (charAt(p) != '_') {
                return p;
            }
            p++;
            if (!isDigit(charAt(p))) {
                numberError("invalid decimal literal", start, p);
                return -1;
            }
        }
    }

    private boolean fraction(int start, int p) {
        if (isDigit(charAt(p))) {
            p = decimalTail(start, p);
            if (p < 0) {
                return error == null; // highlighting goes on after a bad literal
            }
        }
        char c = charAt(p);
        if (c == 'e' || c == 'E') {
            return exponent(start, p);
        }
        if (c == 'j' || c == 'J') {
            return endNumber(start, p + 1, "imaginary");
        }
        return endNumber(start, p, "decimal");
    }

    private boolean exponent(int start, int e) {
        int p = e + 1;
        char c = charAt(p);
        if (c == '+' || c == '-') {
            p++;
            if (!isDigit(charAt(p))) {
                return numberError("invalid decimal literal", start, p);
            }
        } else if (!isDigit(c)) {
            if (keywordFollows(e)) {
                return emitNumber(start, e);
            }
            if (isPotentialIdentifierChar(charAt(e))) {
                return numberError("invalid decimal literal", start, e);
            }
            return emitNumber(start, e);
        }
        p = decimalTail(start, p);
        if (p < 0) {
            return error == null; // highlighting goes on after a bad literal
        }
        c = charAt(p);
        if (c == 'j' || c == 'J') {
            return endNumber(start, p + 1, "imaginary");
        }
        return endNumber(start, p, "decimal");
    }

    /** CPython's verify_end_of_number: a literal may be followed directly by some keywords only. */
    private boolean endNumber(int start, int p, String kind) {
        char next = charAt(p);
        boolean identifierChar = isPotentialIdentifierChar(next)
                && (next < 128 || PythonRepr.isPrintable(src.codePointAt(p)));
        if (!keywordFollows(p) && identifierChar) {
            return numberError("invalid " + kind + " literal", start, p);
        }
        return emitNumber(start, p);
    }

    private boolean keywordFollows(int p) {
        char c = charAt(p);
        switch (c) {
            case 'a':
                return src.startsWith("nd", p + 1);
            case 'e':
                return src.startsWith("lse", p + 1);
            case 'f':
                return src.startsWith("or", p + 1);
            case 'i': {
                char c2 = charAt(p + 1);
                return c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o':
                return src.startsWith("r", p + 1);
            case 'n':
                return src.startsWith("ot", p + 1);
            default:
                return false;
        }
    }

    private boolean emitNumber(int start, int end) {
        pos = end;
        emit(TokenKind.NUMBER, start, end, line, start - lineStart);
        lineHasContent = true;
        return true;
    }

    /** A tokenizer error whose offset is the cursor column, as CPython's syntaxerror(tok, ...). */
    private boolean numberError(String msg, int start, int cursor) {
        int offset = cursor - lineStart;
        int end = cursor;
        while (end < n && isPotentialIdentifierChar(src.charAt(end))) {
            end++;
        }
        return fail(PySyntaxError.Kind.SyntaxError, msg, line, offset, offset, start, Math.max(end, start + 1));
    }

    // ---------------------------------------------------------------- operators

    private static final String[] THREE_CHAR = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] TWO_CHAR = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>",
        "==", ">=", ">>", "@=", "^=", "|="};
    private static final String ONE_CHAR = "()[]{}:,;+-*/|&<>=.%~^@";

    private boolean operator() {
        int start = pos;
        char c = src.charAt(pos);
        int length = 0;
        for (String op : THREE_CHAR) {
            if (src.startsWith(op, pos)) {
                length = 3;
                break;
            }
        }
        if (length == 0) {
            for (String op : TWO_CHAR) {
                if (src.startsWith(op, pos)) {
                    length = 2;
                    break;
                }
            }
        }
        if (length == 0 && ONE_CHAR.indexOf(c) >= 0) {
            length = 1;
            if (c == '(' || c == '[' || c == '{') {
                if (!openBracket(c)) {
                    return false;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                if (!closeBracket(c)) {
                    return false;
                }
            }
        }
        if (length == 0) {
            int cp = src.codePointAt(pos);
            int end = pos + Character.charCount(cp);
            if (!PythonRepr.isPrintable(cp)) {
                return fail(PySyntaxError.Kind.SyntaxError,
                        "invalid non-printable character U+" + String.format("%04X", cp),
                        line, end - lineStart, end - lineStart, start, end);
            }
            pos = end;
            emit(TokenKind.ERRORTOKEN, start, end, line, start - lineStart);
            lineHasContent = true;
            return true;
        }
        pos = start + length;
        emit(TokenKind.OP, start, pos, line, start - lineStart);
        lineHasContent = true;
        return true;
    }

    private boolean openBracket(char c) {
        int col = pos - lineStart;
        if (level >= MAX_PAREN_LEVEL) {
            if (lenient) {
                return true;
            }
            return fail(PySyntaxError.Kind.SyntaxError, "too many nested parentheses",
                    line, col + 1, col + 1, pos, pos + 1);
        }
        brackets[level] = c;
        bracketLines[level] = line;
        bracketCols[level] = col;
        level++;
        return true;
    }

    private boolean closeBracket(char c) {
        int col = pos - lineStart;
        if (level == 0) {
            if (lenient) {
                return true;
            }
            return fail(PySyntaxError.Kind.SyntaxError, "unmatched '" + c + "'",
                    line, col + 1, col + 1, pos, pos + 1);
        }
        level--;
        char open = brackets[level];
        if (matching(open) != c && !lenient) {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
            if (bracketLines[level] != line) {
                msg += " on line " + bracketLines[level];
            }
            return fail(PySyntaxError.Kind.SyntaxError, msg, line, col + 1, col + 1, pos, pos + 1);
        }
        return true;
    }

    private static char matching(char open) {
        return open == '(' ? ')' : open == '[' ? ']' : '}';
    }

    // ---------------------------------------------------------------- helpers

    private void emit(TokenKind kind, int start, int end, int tokenLine, int col) {
        out.add(new Token(kind, src.substring(start, end), tokenLine, col, tokenLine,
                col + (end - start), start, end));
    }

    /** An error CPython only flags (see {@link #errorOverridesParser}). */
    private boolean flagged(PySyntaxError.Kind kind, String msg, int errLine, int offset, int endOffset,
                            int start, int end) {
        if (!lenient) {
            errorOverridesParser = false;
        }
        return fail(kind, msg, errLine, offset, endOffset, start, end);
    }

    /**
     * Records a tokenizer error. Strict mode: remember it, add an ERRORTOKEN, stop (false).
     * Highlighting mode: cover {@code [start, end)} with an ERRORTOKEN and go on (true).
     */
    private boolean fail(PySyntaxError.Kind kind, String msg, int errLine, int offset, int endOffset,
                         int start, int end) {
        if (lenient) {
            int stop = Math.max(end, start + 1);
            stop = Math.min(stop, n);
            int tokenEnd = stop;
            // An ERRORTOKEN never swallows a line break: lines and columns stay right.
            for (int i = start; i < stop; i++) {
                if (isNewline(src.charAt(i))) {
                    tokenEnd = i;
                    break;
                }
            }
            if (tokenEnd > start) {
                int lineOfStart = line;
                out.add(new Token(TokenKind.ERRORTOKEN, src.substring(start, tokenEnd), lineOfStart,
                        start - lineStartOf(start), lineOfStart, tokenEnd - lineStartOf(start), start, tokenEnd));
                lineHasContent = true;
            }
            pos = Math.max(tokenEnd, pos);
            if (pos == start && tokenEnd == start && pos < n && !isNewline(src.charAt(pos))) {
                pos++;
            }
            return true;
        }
        if (sourceLines == null) {
            sourceLines = new SourceLines(src);
        }
        error = new PySyntaxError(kind, msg, filename, errLine, offset, errLine, endOffset,
                sourceLines.line(errLine));
        int at = Math.min(start, n);
        out.add(new Token(TokenKind.ERRORTOKEN, src.substring(at, Math.min(Math.max(end, at), n)),
                line, Math.max(0, at - lineStart), line, Math.max(0, at - lineStart), at, at));
        return false;
    }

    private void consumeNewline() {
        if (src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n') {
            pos += 2;
        } else {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private int lineStartOf(int index) {
        int i = index;
        while (i > 0 && !isNewline(src.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < n && !isNewline(src.charAt(i))) {
            i++;
        }
        return i;
    }

    private char charAt(int i) {
        return i < n ? src.charAt(i) : '\0';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPotentialIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(char c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }
}
