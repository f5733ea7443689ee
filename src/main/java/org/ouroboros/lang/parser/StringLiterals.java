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
        LiteralError(String message) {
            super(message, null, false, false);
        }
    }

    private final ExpressionParser expressions;
    private final Pos whole;
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    private StringLiterals(ExpressionParser expressions, Pos whole) {
        this.expressions = expressions;
        this.whole = whole;
    }

    static Expr concatenate(List<Token> strings, ExpressionParser expressions) throws LiteralError {
        Token first = strings.get(0);
        Token last = strings.get(strings.size() - 1);
        Pos whole = new Pos(first.line(), first.col(), last.endLine(), last.endCol());
        boolean bytes = false;
        boolean anyF = false;
        for (int i = 0; i < strings.size(); i++) {
            Prefix prefix = Prefix.of(strings.get(i).text());
            if (i > 0 && prefix.bytes != bytes) {
                throw new LiteralError("cannot mix bytes and nonbytes literals");
            }
            bytes = prefix.bytes;
            anyF |= prefix.f;
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : strings) {
                Prefix prefix = Prefix.of(t.text());
                String body = prefix.body(t.text());
                for (int i = 0; i < body.length(); i++) {
                    if (body.charAt(i) >= 128) {
                        throw new LiteralError("bytes can only contain ASCII literal characters");
                    }
                }
                out.writeBytes(decodeBytes(body, prefix.raw));
            }
            return new Constant(new Literal.BytesLit(out.toByteArray()), null, whole);
        }
        String kind = Prefix.of(first.text()).u ? "u" : null;
        if (!anyF) {
            StringBuilder text = new StringBuilder();
            for (Token t : strings) {
                Prefix prefix = Prefix.of(t.text());
                String body = prefix.body(t.text());
                text.append(prefix.raw ? body : decodeStr(body));
            }
            return new Constant(new Literal.StrLit(text.toString()), kind, whole);
        }
        StringLiterals joined = new StringLiterals(expressions, whole);
        for (Token t : strings) {
            Prefix prefix = Prefix.of(t.text());
            String body = prefix.body(t.text());
            if (prefix.f) {
                FStringScanner scanner = new FStringScanner(t, prefix, joined);
                scanner.parseBody(0);
            } else {
                joined.addLiteral(prefix.raw ? body : decodeStr(body));
            }
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

    /** A collector for a format spec: it carries the position of its own string token (as CPython 3.11). */
    StringLiterals child(Pos tokenPos) {
        return new StringLiterals(expressions, tokenPos);
    }

    void addLiteral(String text) {
        literal.append(text);
    }

    void addValue(Expr value) {
        flushLiteral();
        parts.add(value);
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            parts.add(new Constant(new Literal.StrLit(literal.toString()), null, whole));
        }
        literal.setLength(0);
    }

    List<Expr> finish() {
        flushLiteral();
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
