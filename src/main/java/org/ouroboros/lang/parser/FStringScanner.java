package org.ouroboros.lang.parser;

import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.FormattedValue;
import org.ouroboros.lang.ast.JoinedStr;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.token.Token;

/**
 * Scans one f-string token's body into literal text and replacement fields, with CPython 3.11's
 * rules and messages ({@code fstring_find_literal} / {@code fstring_find_expr}).
 */
final class FStringScanner {

    private static final int MAX_NESTED_BRACKETS = 200;

    private final String text;
    private final int bodyEnd;
    private final boolean raw;
    private final StringLiterals out;
    private final int tokenLine;
    private final int tokenCol;
    private final Pos tokenPos;
    private int i;

    FStringScanner(Token token, StringLiterals.Prefix prefix, StringLiterals out) {
        this.text = token.text();
        this.bodyEnd = text.length() - prefix.quoteSize;
        this.raw = prefix.raw;
        this.out = out;
        this.tokenLine = token.line();
        this.tokenCol = token.col();
        this.tokenPos = new Pos(token.line(), token.col(), token.endLine(), token.endCol());
        this.i = prefix.length + prefix.quoteSize;
    }

    /** Parses literal text and fields until the end of the body, or (in a format spec) a '}'. */
    void parseBody(int nesting) throws StringLiterals.LiteralError {
        parseInto(out, nesting);
    }

    private void parseInto(StringLiterals target, int nesting) throws StringLiterals.LiteralError {
        while (i < bodyEnd) {
            StringBuilder literal = new StringBuilder();
            int literalStart = i;
            boolean sawBrace = false;
            while (i < bodyEnd) {
                char c = text.charAt(i);
                if (!raw && c == '\\' && i + 1 < bodyEnd) {
                    // keep escapes for the decoder; "\{" is not special, "\N{...}" is one escape
                    if (text.charAt(i + 1) == 'N' && i + 2 < bodyEnd && text.charAt(i + 2) == '{') {
                        int close = text.indexOf('}', i);
                        if (close > 0 && close < bodyEnd) {
                            literal.append(text, i, close + 1);
                            i = close + 1;
                            continue;
                        }
                    }
                    literal.append(c).append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '{' || c == '}') {
                    if (nesting == 0 && i + 1 < bodyEnd && text.charAt(i + 1) == c) {
                        literal.append(c);
                        i += 2;
                        continue;
                    }
                    if (c == '}') {
                        if (nesting > 0) {
                            sawBrace = true;
                            break;
                        }
                        throw new StringLiterals.LiteralError("f-string: single '}' is not allowed");
                    }
                    sawBrace = true;
                    break;
                }
                literal.append(c);
                i++;
            }
            if (literal.length() > 0 || literalStart != i) {
                String decoded = raw ? literal.toString() : decode(literal.toString());
                target.addLiteral(decoded);
            }
            if (!sawBrace || i >= bodyEnd) {
                return;
            }
            if (text.charAt(i) == '}') {
                return; // end of a format spec: the caller consumes it
            }
            field(target, nesting);
        }
    }

    private String decode(String s) throws StringLiterals.LiteralError {
        try {
            return EscapeDecoder.decodeStr(s);
        } catch (EscapeDecoder.BadEscape e) {
            throw new StringLiterals.LiteralError(e.getMessage());
        }
    }

    /** One replacement field starting at '{'. */
    private void field(StringLiterals target, int nesting) throws StringLiterals.LiteralError {
        if (nesting >= 2) {
            throw new StringLiterals.LiteralError("f-string: expressions nested too deeply");
        }
        i++; // '{'
        int exprStart = i;
        char quote = 0;
        int quoteSize = 0;
        char[] brackets = new char[MAX_NESTED_BRACKETS];
        int depth = 0;
        while (i < bodyEnd) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw new StringLiterals.LiteralError("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote) {
                    if (quoteSize == 3) {
                        if (i + 2 < bodyEnd && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (i + 2 < bodyEnd && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                    quoteSize = 3;
                    i += 2;
                } else {
                    quoteSize = 1;
                }
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                if (depth >= MAX_NESTED_BRACKETS) {
                    throw new StringLiterals.LiteralError("f-string: too many nested parenthesis");
                }
                brackets[depth++] = c;
            } else if (c == '#') {
                throw new StringLiterals.LiteralError("f-string expression part cannot include '#'");
            } else if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
                if (i + 1 < bodyEnd) {
                    char next = text.charAt(i + 1);
                    if ((c == '!' || c == '=' || c == '<' || c == '>') && next == '=') {
                        i += 2;
                        continue;
                    }
                }
                if (c == '>' || c == '<') {
                    i++;
                    continue;
                }
                break;
            } else if (c == ']' || c == '}' || c == ')') {
                if (depth == 0) {
                    throw new StringLiterals.LiteralError("f-string: unmatched '" + c + "'");
                }
                char open = brackets[--depth];
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                    throw new StringLiterals.LiteralError("f-string: closing parenthesis '" + c
                            + "' does not match opening parenthesis '" + open + "'");
                }
            }
            i++;
        }
        int exprEnd = i;
        if (quote != 0) {
            throw new StringLiterals.LiteralError("f-string: unterminated string");
        }
        if (depth > 0) {
            throw new StringLiterals.LiteralError("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
        if (i >= bodyEnd) {
            throw new StringLiterals.LiteralError("f-string: expecting '}'");
        }
        String exprText = text.substring(exprStart, exprEnd);
        if (exprText.isBlank()) {
            char terminator = text.charAt(i);
            throw new StringLiterals.LiteralError(terminator == '}' ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + terminator + "'");
        }
        Expr value = target.expressions().parse(exprText, lineAt(exprStart), colAt(exprStart));
        String debugText = null;
        if (text.charAt(i) == '=') {
            i++;
            while (i < bodyEnd && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= bodyEnd) {
                throw new StringLiterals.LiteralError("f-string: expecting '}'");
            }
            debugText = text.substring(exprStart, i);
        }
        int conversion = -1;
        if (text.charAt(i) == '!') {
            i++;
            if (i >= bodyEnd) {
                throw new StringLiterals.LiteralError("f-string: expecting '}'");
            }
            conversion = text.charAt(i);
            i++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw new StringLiterals.LiteralError(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (i < bodyEnd && text.charAt(i) == ':') {
            i++;
            if (i >= bodyEnd) {
                throw new StringLiterals.LiteralError("f-string: expecting '}'");
            }
            StringLiterals spec = target.child(tokenPos);
            parseInto(spec, nesting + 1);
            formatSpec = new JoinedStr(spec.finish(), tokenPos);
        }
        if (i >= bodyEnd || text.charAt(i) != '}') {
            throw new StringLiterals.LiteralError("f-string: expecting '}'");
        }
        i++;
        if (debugText != null) {
            target.addLiteral(debugText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        target.addValue(new FormattedValue(value, conversion, formatSpec, target.whole()));
    }

    private int lineAt(int index) {
        int line = tokenLine;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private int colAt(int index) {
        int lastNewline = text.lastIndexOf('\n', index - 1);
        return lastNewline < 0 ? tokenCol + index : index - lastNewline - 1;
    }
}
