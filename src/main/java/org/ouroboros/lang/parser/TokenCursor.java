package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.Node;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.token.Keywords;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/**
 * The parser's view of the token stream: the significant tokens (no COMMENT or NL), a
 * position, the furthest token ever looked at (where CPython reports a plain "invalid
 * syntax"), bracket depth per token, and builders for positioned errors.
 */
class TokenCursor {

    final String filename;
    final SourceLines lines;
    private final Token[] tokens;
    private final int[] bracketDepth;
    private final PySyntaxError tokenizerError;
    private final boolean unclosedBracket;
    private final boolean tokenizerErrorOverrides;
    int p;
    /** The furthest token looked at outside trial parses: where a plain "invalid syntax" is. */
    int furthest;
    /** The furthest token ever looked at, trials included (CPython never un-fetches a token). */
    int furthestFetched;

    TokenCursor(String source, String filename, Tokenizer.Result result) {
        this.filename = filename;
        this.lines = new SourceLines(source);
        List<Token> significant = new ArrayList<>(result.tokens().size());
        Token previous = null;
        for (Token t : result.tokens()) {
            if (t.kind() == TokenKind.NEWLINE && previous != null && previous.kind() == TokenKind.COMMENT) {
                // CPython's NEWLINE token starts where the line's comment starts
                t = new Token(TokenKind.NEWLINE, t.text(), previous.line(), previous.col(), previous.line(),
                        previous.col() + 1, t.start(), t.end());
            }
            if (t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.NL) {
                significant.add(t);
            }
            previous = t;
        }
        this.tokens = significant.toArray(new Token[0]);
        this.tokenizerError = result.error();
        this.unclosedBracket = result.unclosedBracket();
        this.tokenizerErrorOverrides = result.errorOverridesParser();
        this.bracketDepth = new int[tokens.length];
        int depth = 0;
        for (int i = 0; i < tokens.length; i++) {
            Token t = tokens[i];
            if (t.kind() == TokenKind.OP && t.text().length() == 1) {
                char c = t.text().charAt(0);
                if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                bracketDepth[i] = depth;
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                }
            } else {
                bracketDepth[i] = depth;
            }
        }
    }

    // ---------------------------------------------------------------- looking

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = Math.min(p + ahead, tokens.length - 1);
        if (i > furthest) {
            furthest = i;
        }
        if (i > furthestFetched) {
            furthestFetched = i;
        }
        Token t = tokens[i];
        if (tokenizerError != null && i == tokens.length - 1) {
            throw tokenizerError;
        }
        return t;
    }

    Token next() {
        Token t = peek();
        if (p < tokens.length - 1) {
            p++;
        }
        return t;
    }

    /** The last token consumed. */
    Token prev() {
        return tokens[Math.max(0, p - 1)];
    }

    Token tokenAt(int index) {
        return tokens[index];
    }

    int lastIndex() {
        return tokens.length - 1;
    }

    int depthAt(int index) {
        return bracketDepth[Math.min(index, bracketDepth.length - 1)];
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atKeyword(String keyword) {
        return peek().isName(keyword);
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean acceptOp(String op) {
        if (atOp(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!atOp(op)) {
            throw invalidSyntax();
        }
        return next();
    }

    Token expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw invalidSyntax();
        }
        return next();
    }

    /** CPython's forced token ({@code &&':'}): "expected ':'" at the token found instead. */
    Token expectForced(String op) {
        if (!atOp(op)) {
            throw errorAt("expected '" + op + "'", peek());
        }
        return next();
    }

    static boolean isIdentifier(Token t) {
        return t.kind() == TokenKind.NAME && !Keywords.isKeyword(t.text());
    }

    String expectIdentifier() {
        if (!isIdentifier(peek())) {
            throw invalidSyntax();
        }
        return next().text();
    }

    /** The bracket closing the one at {@code openIndex} (or the last token if there is none). */
    Token matchingClose(int openIndex) {
        int depth = 0;
        for (int i = openIndex; i < tokens.length - 1; i++) {
            Token t = tokens[i];
            if (t.kind() == TokenKind.OP && t.text().length() == 1 && "([{".indexOf(t.text().charAt(0)) >= 0) {
                depth++;
            } else if (t.kind() == TokenKind.OP && t.text().length() == 1 && ")]}".indexOf(t.text().charAt(0)) >= 0) {
                if (--depth == 0) {
                    return peekAt(i);
                }
            }
        }
        return peekAt(tokens.length - 1);
    }

    private Token peekAt(int index) {
        if (index > furthest) {
            furthest = index;
        }
        furthestFetched = Math.max(furthestFetched, index);
        return tokens[index];
    }

    /** True for the tokenizer's error: a trial parse that reaches it must not swallow it. */
    boolean isTokenizerError(PySyntaxError e) {
        return e == tokenizerError;
    }

    // ---------------------------------------------------------------- positions

    static Pos pos(Token t) {
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** From the start of {@code first} to the end of the last consumed token. */
    Pos posFrom(Token first) {
        Token last = prev();
        return new Pos(first.line(), first.col(), last.endLine(), last.endCol());
    }

    Pos posFrom(Node first) {
        Token last = prev();
        return new Pos(first.pos().line(), first.pos().col(), last.endLine(), last.endCol());
    }

    Pos posFrom(Pos first) {
        Token last = prev();
        return new Pos(first.line(), first.col(), last.endLine(), last.endCol());
    }

    // ---------------------------------------------------------------- errors

    PySyntaxError error(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, lines.line(line));
    }

    /** An error located at a token, CPython style (NEWLINE is zero-width, end-of-file is after the last line). */
    PySyntaxError errorAt(String msg, Token t) {
        return errorAt(PySyntaxError.Kind.SyntaxError, msg, t);
    }

    PySyntaxError errorAt(PySyntaxError.Kind kind, String msg, Token t) {
        if (t.kind() == TokenKind.ENDMARKER || (t.kind() == TokenKind.DEDENT && t.start() >= lastOffset())) {
            int last = Math.max(1, lines.count());
            int offset = lines.lineWithoutBreak(last).length() + 1;
            return error(kind, msg, last, offset, last, -1).atEndOfInput();
        }
        if (t.kind() == TokenKind.NEWLINE) {
            return error(kind, msg, t.line(), t.col() + 1, t.line(), t.col() + 1);
        }
        return error(kind, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    private int lastOffset() {
        return tokens[tokens.length - 1].start();
    }

    /**
     * The last-resort error when a thread's stack is too small for the nesting the parser
     * allows: a SyntaxError at the furthest token instead of a Java error.
     */
    PySyntaxError tooComplex() {
        return errorAt("expression too complex", tokens[Math.min(furthest, tokens.length - 1)]);
    }

    /** An error spanning a node, as RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, ...). */
    PySyntaxError errorAt(String msg, Node node) {
        Pos pos = node.pos();
        return error(PySyntaxError.Kind.SyntaxError, msg, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
    }

    /** An error spanning from the start of {@code a} to the end of {@code b}. */
    PySyntaxError errorRange(String msg, Pos a, Pos b) {
        return error(PySyntaxError.Kind.SyntaxError, msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    /** CPython's generic error: "invalid syntax" at the furthest token the parser looked at. */
    PySyntaxError invalidSyntax() {
        Token t = tokens[Math.min(furthest, tokens.length - 1)];
        if (tokenizerError != null && furthest >= tokens.length - 1) {
            return tokenizerError;
        }
        if (t.kind() == TokenKind.INDENT) {
            return error(PySyntaxError.Kind.IndentationError, "unexpected indent", t.line(),
                    t.endCol(), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT && t.start() < lastOffset()) {
            return error(PySyntaxError.Kind.IndentationError, "unexpected unindent", t.line(),
                    t.col(), t.line(), -1);
        }
        if (t.kind() == TokenKind.ENDMARKER) {
            // CPython's end marker has no column: offset 0, no caret
            int last = Math.max(1, lines.count());
            return error(PySyntaxError.Kind.SyntaxError, "invalid syntax", last, 0, last, 0);
        }
        return errorAt("invalid syntax", t);
    }

    /**
     * What CPython finally reports when the parser raised {@code parserError}: a tokenizer error
     * further on in the file wins (CPython tokenizes the rest of the file to look for one),
     * except that "'(' was never closed" wins only when the bracket opened before the
     * parser's error line, and "unexpected indent" always stands.
     */
    PySyntaxError reconcile(PySyntaxError parserError) {
        if (tokenizerError == null || parserError == tokenizerError) {
            return parserError;
        }
        String msg = parserError.msg();
        if (msg.equals("unexpected indent") || msg.equals("unexpected unindent")) {
            return parserError;
        }
        if (unclosedBracket) {
            // CPython compares with the line of the last token its parser fetched
            int parserLine = tokens[Math.min(furthestFetched, tokens.length - 1)].line();
            return tokenizerError.line() < parserLine ? tokenizerError : parserError;
        }
        return tokenizerErrorOverrides ? tokenizerError : parserError;
    }
}
