package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.ast.Arg;
import org.ouroboros.lang.ast.Arguments;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.token.Token;

/**
 * A parameter list of a {@code def} (annotations allowed) or a {@code lambda}, with CPython
 * 3.11's messages for misplaced defaults, stars, slashes and parentheses.
 */
final class ParameterListParser {

    private final ExpressionParser parser;
    private final boolean annotations;
    private final String close;

    ParameterListParser(ExpressionParser parser, boolean annotations, String close) {
        this.parser = parser;
        this.annotations = annotations;
        this.close = close;
    }

    /**
     * Parameters of a {@code def} (annotations allowed) or a {@code lambda}, up to
     * {@code close}, with CPython's messages for misplaced defaults, stars and slashes.
     */
    Arguments parse() {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        Token starToken = null;
        while (!parser.atOp(close)) {
            Token t = parser.peek();
            if (kwarg != null) {
                if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                    throw parser.errorAt("arguments cannot follow var-keyword argument", t);
                }
                if (TokenCursor.isIdentifier(t)) {
                    Arg extra = parameter();
                    throw parser.errorAt("arguments cannot follow var-keyword argument", extra);
                }
                throw parser.invalidSyntax();
            }
            if (t.isOp("/")) {
                if (sawSlash) {
                    throw parser.errorAt("/ may appear only once", t);
                }
                if (sawStar) {
                    throw parser.errorAt("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    throw parser.errorAt("at least one argument must precede /", t);
                }
                parser.next();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (sawStar) {
                    Token after = parser.peek(1);
                    boolean paramFollows = after.isOp(",")
                            || (TokenCursor.isIdentifier(after) && (parser.peek(2).isOp(",") || parser.peek(2).isOp(close)));
                    if (paramFollows) {
                        throw parser.errorAt("* argument may appear only once", t);
                    }
                    throw parser.invalidSyntax();
                }
                parser.next();
                sawStar = true;
                starToken = t;
                if (TokenCursor.isIdentifier(parser.peek())) {
                    vararg = parameter();
                    if (parser.atOp("=")) {
                        throw parser.errorAt("var-positional argument cannot have default value", parser.peek());
                    }
                } else if (parser.atOp(close) || (parser.atOp(",") && (parser.peek(1).isOp(close) || parser.peek(1).isOp("**")))) {
                    if (annotations) {
                        throw parser.errorAt("named arguments must follow bare *", t);
                    }
                    if (parser.atOp(",")) {
                        parser.peek(1);
                    }
                    throw parser.errorAt("named arguments must follow bare *", parser.tokenAt(parser.furthest));
                } else if (!parser.atOp(",")) {
                    throw parser.invalidSyntax();
                }
            } else if (t.isOp("**")) {
                parser.next();
                kwarg = parameter();
                if (parser.atOp("=")) {
                    throw parser.errorAt("var-keyword argument cannot have default value", parser.peek());
                }
            } else if (TokenCursor.isIdentifier(t)) {
                Arg arg = parameter();
                Expr dflt = null;
                if (parser.acceptOp("=")) {
                    dflt = parser.expression();
                }
                if (sawStar) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw parser.errorAt("non-default argument follows default argument", arg);
                    }
                    args.add(arg);
                }
            } else if (t.isOp("(")) {
                Token closeParen = parser.matchingClose(parser.p);
                throw parser.errorRange(annotations ? "Function parameters cannot be parenthesized"
                        : "Lambda expression parameters cannot be parenthesized", TokenCursor.pos(t), TokenCursor.pos(closeParen));
            } else {
                throw parser.invalidSyntax();
            }
            if (!parser.acceptOp(",")) {
                break;
            }
        }
        if (sawStar && vararg == null && kwonly.isEmpty() && starToken != null) {
            throw parser.errorAt("named arguments must follow bare *", starToken);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter() {
        Token name = parser.peek();
        String id = parser.expectIdentifier();
        Expr annotation = null;
        if (annotations && parser.acceptOp(":")) {
            annotation = parser.atOp("*") ? parser.starExpression() : parser.expression();
        }
        return new Arg(parser.normalizeIdentifier(id), annotation, parser.posFrom(name));
    }
}
