package org.ouroboros.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/**
 * Highlights Python with the VM's own tokenizer in its lenient mode, so the editor and the
 * interpreter agree on what a token is. Names are refined by context: keywords, magic methods,
 * the name after {@code def}/{@code class}, decorators, and a few builtins the course uses.
 */
public final class PythonHighlighter implements SyntaxHighlighter {
    private static final Set<String> BUILTINS = Set.of(
            "print", "len", "type", "object", "super", "isinstance", "issubclass", "id", "int", "str", "float",
            "list", "dict", "set", "tuple", "bool", "range", "iter", "next", "open", "repr", "hasattr",
            "getattr", "setattr", "property", "staticmethod", "classmethod", "self", "cls");

    @Override
    public List<HighlightSpan> highlight(String text) {
        List<Token> tokens = Tokenizer.forHighlighting(text);
        List<HighlightSpan> spans = new ArrayList<>();
        Token previous = null;
        boolean inDecorator = false;
        for (Token token : tokens) {
            if (token.end() <= token.start()) {
                continue;
            }
            TokenStyle style = null;
            if (token.isOp("@") && startsLine(previous)) {
                inDecorator = true;
                style = TokenStyle.DECORATOR;
            } else if (inDecorator && (token.kind() == TokenKind.NAME || token.isOp("."))) {
                style = TokenStyle.DECORATOR;
            } else {
                inDecorator = false;
                style = styleOf(token, previous);
            }
            if (style != null) {
                spans.add(new HighlightSpan(token.start(), token.end(), style));
            }
            if (token.kind() != TokenKind.COMMENT) {
                previous = token;
            }
        }
        return spans;
    }

    private static boolean startsLine(Token previous) {
        return previous == null
                || previous.kind() == TokenKind.NEWLINE
                || previous.kind() == TokenKind.NL
                || previous.kind() == TokenKind.INDENT
                || previous.kind() == TokenKind.DEDENT;
    }

    private static TokenStyle styleOf(Token token, Token previous) {
        switch (token.kind()) {
            case COMMENT:
                return TokenStyle.COMMENT;
            case STRING:
                return TokenStyle.STRING;
            case NUMBER:
                return TokenStyle.NUMBER;
            case ERRORTOKEN:
                return TokenStyle.ERROR;
            case NAME:
                return nameStyle(token, previous);
            default:
                return null;
        }
    }

    private static TokenStyle nameStyle(Token token, Token previous) {
        String name = token.text();
        if (token.isKeyword()) {
            return TokenStyle.KEYWORD;
        }
        if (name.length() > 4 && name.startsWith("__") && name.endsWith("__")) {
            return TokenStyle.MAGIC;
        }
        if (previous != null && (previous.isName("def") || previous.isName("class"))) {
            return TokenStyle.DEFINITION;
        }
        if (BUILTINS.contains(name) && (previous == null || !previous.isOp("."))) {
            return TokenStyle.BUILTIN;
        }
        return null;
    }
}
