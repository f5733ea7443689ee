package org.ouroboros.lang.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.JoinedStr;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.token.Token;

/**
 * Turns a run of adjacent STRING tokens into one {@link Constant} or {@link JoinedStr}, as
 * CPython 3.11's {@code string_parser.c}: escapes decoded, pieces concatenated, f-string
 * replacement fields parsed as expressions with their real source positions. Every piece of a
 * JoinedStr carries the whole literal's position, as in CPython 3.11.
 */
final class StringLiterals {

    /** Parses the text of an f-string replacement field, located at (line, col) in the file. */
    interface ExpressionParser {
        Expr parse(String text, int line, int col);
    }

    /** A problem with the literal's contents; the parser locates it after the literal, as CPython does. */
    static final class LiteralError extends Exception {
        private final Token atToken;

        LiteralError(String message) {
            this(message, null);
        }

        /** An error CPython locates at one string token rather than after the literal. */
        LiteralError(String message, Token atToken) {
            super(message, null, false, false);
            this.atToken = atToken;
        }

        Token atToken() {
            return atToken;
        }
    }

    private final ExpressionParser expressions;
    private final Pos whole;
    private final Pos finishPos;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    private StringLiterals(ExpressionParser expressions, Pos whole, Pos finishPos) {
        this.expressions = expressions;
        this.whole = whole;
        this.finishPos = finishPos;
    }

    static Expr concatenate(List<Token> strings, ExpressionParser expressions) throws LiteralError {
        Token first = strings.get(0);
        Token last = strings.get(strings.size() - 1);
        Pos whole = new Pos(first.line(), first.col(), last.endLine(), last.endCol());
        boolean bytes = Prefix.of(first.text()).bytes;
        boolean anyF = false;
        ByteArrayOutputStream byteText = new ByteArrayOutputStream();
        StringLiterals joined = new StringLiterals(expressions, whole, whole);
        // token by token, as CPython: a bad f-string is reported before a later bytes/str mix
        for (int i = 0; i < strings.size(); i++) {
            Token t = strings.get(i);
            Prefix prefix = Prefix.of(t.text());
            if (i > 0 && prefix.bytes != bytes) {
                throw new LiteralError("cannot mix bytes and nonbytes literals");
            }
            String body = prefix.body(t.text());
            if (bytes) {
                for (int k = 0; k < body.length(); k++) {
                    if (body.charAt(k) >= 128) {
                        throw new LiteralError("bytes can only contain ASCII literal characters", t);
                    }
                }
                byteText.writeBytes(decodeBytes(body, prefix.raw));
            } else if (prefix.f) {
                anyF = true;
                new FStringScanner(t, prefix, joined).parseBody(0);
            } else {
                joined.addLiteral(prefix.raw ? body : decodeStr(body));
            }
        }
        if (bytes) {
            return new Constant(new Literal.BytesLit(byteText.toByteArray()), null, whole);
        }
        if (!anyF) {
            String kind = Prefix.of(first.text()).u ? "u" : null;
            return new Constant(new Literal.StrLit(joined.literal.toString()), kind, whole);
        }
        return new JoinedStr(joined.finish(), whole);
    }

    private static String decodeStr(String body) throws LiteralError {
        try {
            return EscapeDecoder.decodeStr(body);
        } catch (EscapeDecoder.BadEscape e) {
            throw new LiteralError(e.getMessage());
        }
    }

    private static byte[] decodeBytes(String body, boolean raw) throws LiteralError {
        try {
            return EscapeDecoder.decodeBytes(body, raw);
        } catch (EscapeDecoder.BadEscape e) {
            throw new LiteralError(e.getMessage());
        }
    }

    /**
     * A collector for a format spec. CPython 3.11 gives its replacement fields, and literal text
     * ending before one, the whole literal's position, but its final literal text the position
     * of its own string token.
     */
    StringLiterals child(Pos tokenPos) {
        return new StringLiterals(expressions, whole, tokenPos);
    }

    void addLiteral(String text) {
        literal.append(text);
    }

    void addValue(Expr value) {
        flushLiteral(whole);
        parts.add(value);
    }

    private void flushLiteral(Pos pos) {
        if (literal.length() > 0) {
            parts.add(new Constant(new Literal.StrLit(literal.toString()), null, pos));
        }
        literal.setLength(0);
    }

    List<Expr> finish() {
        flushLiteral(finishPos);
        return parts;
    }

    Pos whole() {
        return whole;
    }

    ExpressionParser expressions() {
        return expressions;
    }

    /** The prefix letters of a string token and where its body is. */
    static final class Prefix {
        final boolean raw;
        final boolean bytes;
        final boolean f;
        final boolean u;
        final int length;
        final int quoteSize;

        private Prefix(boolean raw, boolean bytes, boolean f, boolean u, int length, int quoteSize) {
            this.raw = raw;
            this.bytes = bytes;
            this.f = f;
            this.u = u;
            this.length = length;
            this.quoteSize = quoteSize;
        }

        static Prefix of(String text) {
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            boolean u = false;
            int i = 0;
            while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"') {
                char c = Character.toLowerCase(text.charAt(i));
                raw |= c == 'r';
                bytes |= c == 'b';
                f |= c == 'f';
                u |= c == 'u';
                i++;
            }
            char quote = text.charAt(i);
            boolean triple = text.length() - i >= 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
            return new Prefix(raw, bytes, f, u, i, triple ? 3 : 1);
        }

        String body(String text) {
            return text.substring(length + quoteSize, text.length() - quoteSize);
        }
    }
}
