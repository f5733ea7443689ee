package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.Arguments;
import org.ouroboros.lang.ast.Attribute;
import org.ouroboros.lang.ast.Await;
import org.ouroboros.lang.ast.BinOp;
import org.ouroboros.lang.ast.BinOperator;
import org.ouroboros.lang.ast.BoolOp;
import org.ouroboros.lang.ast.BoolOperator;
import org.ouroboros.lang.ast.Call;
import org.ouroboros.lang.ast.CmpOperator;
import org.ouroboros.lang.ast.Compare;
import org.ouroboros.lang.ast.Comprehension;
import org.ouroboros.lang.ast.Constant;
import org.ouroboros.lang.ast.Dict;
import org.ouroboros.lang.ast.DictComp;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.GeneratorExp;
import org.ouroboros.lang.ast.IfExp;
import org.ouroboros.lang.ast.Keyword;
import org.ouroboros.lang.ast.Lambda;
import org.ouroboros.lang.ast.ListComp;
import org.ouroboros.lang.ast.ListExpr;
import org.ouroboros.lang.ast.Literal;
import org.ouroboros.lang.ast.Name;
import org.ouroboros.lang.ast.NamedExpr;
import org.ouroboros.lang.ast.SetComp;
import org.ouroboros.lang.ast.SetExpr;
import org.ouroboros.lang.ast.Slice;
import org.ouroboros.lang.ast.Starred;
import org.ouroboros.lang.ast.Subscript;
import org.ouroboros.lang.ast.Tuple;
import org.ouroboros.lang.ast.UnaryOp;
import org.ouroboros.lang.ast.UnaryOperator;
import org.ouroboros.lang.ast.Yield;
import org.ouroboros.lang.ast.YieldFrom;
import org.ouroboros.lang.token.Keywords;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/**
 * Expressions, by recursive descent in CPython 3.11's precedence order (binary operators by
 * precedence climbing). Also CPython's specialised messages for the common mistakes in
 * expressions, and a nesting guard so that deep input gives a SyntaxError, never a
 * StackOverflowError.
 */
class ExpressionParser extends TokenCursor {

    /** Deepest expression nesting accepted (parenthesis levels, unary chains, operator chains). */
    static final int MAX_DEPTH = 1000;
    /** Hint look-ahead parses may nest (an error inside a hint's operand); this bounds them. */
    private static final int MAX_NESTED_HINTS = 20;

    /** Nodes that were written in parentheses (tuples keep them in their position). */
    final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    private int depth;

    /** Nesting depth so far (an f-string field's parser starts where its string is). */
    final int depth() {
        return depth;
    }

    final void startAtDepth(int outerDepth) {
        depth = outerDepth;
    }
    private Expr lastDisjunction;
    private int lastDisjunctionEnd = -1;
    private int lastDisjunctionStart = -1;
    private boolean hinting;
    /** Positions where a hint's look-ahead parse is running: no second hint starts there. */
    private final BitSet hintsInProgress = new BitSet();

    ExpressionParser(String source, String filename, Tokenizer.Result tokens) {
        super(source, filename, tokens);
    }

    // ---------------------------------------------------------------- nesting guard

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw errorAt("expression too complex", peek());
        }
    }

    final void leave() {
        depth--;
    }

    // ---------------------------------------------------------------- generic error with hints

    @Override
    PySyntaxError invalidSyntax() {
        boolean emptyBrackets = p + 1 <= lastIndex() && tokenAt(p).isOp("[") && tokenAt(p + 1).isOp("]");
        boolean failedRightAfter = p == furthest || (emptyBrackets && furthest == p + 1);
        if (!hinting && lastDisjunction != null && lastDisjunctionEnd == p && failedRightAfter
                && !hintsInProgress.get(p) && hintsInProgress.cardinality() < MAX_NESTED_HINTS) {
            PySyntaxError hint = hintAfterDisjunction();
            if (hint != null) {
                return hint;
            }
        }
        return super.invalidSyntax();
    }

    /**
     * CPython's second-pass rules for an expression followed by something unexpected, in its
     * order: invalid_expression ("Perhaps you forgot a comma?", inside brackets, the second
     * expression parsed without these rules), then invalid_legacy_expression ({@code print x};
     * its operand is parsed with the rules on, so an error nested in it wins).
     */
    private PySyntaxError hintAfterDisjunction() {
        Expr a = lastDisjunction;
        int aStart = lastDisjunctionStart;
        Token first = tokenAt(aStart);
        Token next = tokenAt(p);
        boolean legacyName = a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
        boolean nameThenString = first.kind() == TokenKind.NAME && aStart + 1 <= lastIndex()
                && tokenAt(aStart + 1).kind() == TokenKind.STRING;
        boolean softKeyword = first.kind() == TokenKind.NAME && Keywords.isSoftKeyword(first.text());
        if (!nameThenString && !softKeyword && !legacyName && depthAt(p) > 0) {
            Trial comma = trial(true, false);
            if (comma.error != null) {
                return comma.error;
            }
            if (comma.result != null) {
                return errorRange("invalid syntax. Perhaps you forgot a comma?", a.pos(), comma.result.pos());
            }
        }
        if (a instanceof Name && !next.isOp("(")) {
            // CPython memoizes a primary with trailers from the comma attempt: no nested errors there
            boolean memoizedPrimary = next.kind() == TokenKind.NAME && p + 1 <= lastIndex()
                    && (tokenAt(p + 1).isOp("(") || tokenAt(p + 1).isOp("[") || tokenAt(p + 1).isOp("."));
            Trial legacy = trial(memoizedPrimary, true);
            if (legacy.error != null) {
                return legacy.error;
            }
            if (legacy.result != null && legacyName) {
                String id = ((Name) a).id();
                return errorRange("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                        a.pos(), legacy.result.pos());
            }
        }
        return null;
    }

    /** The outcome of a look-ahead parse: a node, or an error that must be reported, or neither. */
    private static final class Trial {
        Expr result;
        PySyntaxError error;
    }

    /**
     * Parses an expression (or star_expressions) from here and restores the position. A
     * tokenizer error, or (with {@code nestedRules}) a specific error found inside, is kept as
     * the error to report.
     */
    private Trial trial(boolean withoutRules, boolean starExpressions) {
        Trial trial = new Trial();
        int savedP = p;
        hintsInProgress.set(savedP);
        int savedFurthest = furthest;
        int savedDepth = depth;
        boolean savedHinting = hinting;
        hinting = withoutRules;
        try {
            trial.result = starExpressions ? starExpressions() : expression();
        } catch (PySyntaxError e) {
            if (isTokenizerError(e) || (!withoutRules && !canBacktrack(e))) {
                trial.error = e;
            }
        } finally {
            hinting = savedHinting;
            p = savedP;
            furthest = savedFurthest;
            depth = savedDepth;
            hintsInProgress.clear(savedP);
        }
        return trial;
    }

    // ---------------------------------------------------------------- expression lists

    /** {@code star_expressions}: one expression, or a Tuple if there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(elts, ExprContext.Load, posFrom(start));
    }

    /** {@code star_expression}: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        if (atOp("*")) {
            Token star = next();
            Expr value = bitwiseOr();
            return new Starred(value, ExprContext.Load, posFrom(star));
        }
        return expression();
    }

    /** {@code star_named_expression}: an element of a display. */
    Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = next();
            Expr value = bitwiseOr();
            return new Starred(value, ExprContext.Load, posFrom(star));
        }
        return namedExpression();
    }

    /** {@code named_expression}: {@code NAME := expression} or an expression. */
    Expr namedExpression() {
        Token start = peek();
        if (isIdentifier(start) && peek(1).isOp(":=")) {
            next();
            next();
            Expr value = expression();
            return new NamedExpr(new Name(start.text(), ExprContext.Store, pos(start)), value, posFrom(start));
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e);
        }
        if (atOp("=") && !hinting) {
            misusedEquals(e, start);
        }
        return e;
    }

    /** CPython's invalid_named_expression: {@code if x = 1:} and {@code [f() = 1]}. */
    private void misusedEquals(Expr e, Token start) {
        int savedP = p;
        int savedFurthest = furthest;
        next();
        Expr rhs;
        hinting = true;
        try {
            rhs = bitwiseOr();
        } catch (PySyntaxError err) {
            if (isTokenizerError(err)) {
                throw err;
            }
            rhs = null;
        } finally {
            hinting = false;
        }
        boolean followedByAssign = atOp("=") || atOp(":=");
        int end = p;
        p = savedP;
        furthest = savedFurthest;
        if (rhs == null || followedByAssign) {
            return;
        }
        if (e instanceof Name && !parenthesized.contains(e)) {
            p = end;
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.pos(), rhs.pos());
        }
        if (isBitwiseOrLevel(e) && !startsWithExcludedAtom(e, start)) {
            p = end;
            throw errorAt("cannot assign to " + Targets.describe(e)
                    + " here. Maybe you meant '==' instead of '='?", e);
        }
    }

    /** True if {@code e} could have come from CPython's bitwise_or rule (no comparison, not, and/or...). */
    boolean isBitwiseOrLevel(Expr e) {
        if (parenthesized.contains(e)) {
            return true;
        }
        if (e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                || e instanceof NamedExpr || e instanceof Starred || e instanceof Yield || e instanceof YieldFrom) {
            return false;
        }
        if (e instanceof UnaryOp u && u.op() == UnaryOperator.Not) {
            return false;
        }
        return !(e instanceof Tuple);
    }

    /** CPython's lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} before a bitwise_or. */
    boolean startsWithExcludedAtom(Expr e, Token start) {
        if (start.isName("True") || start.isName("None") || start.isName("False")) {
            return true;
        }
        Expr leftmost = leftmostPrimary(e);
        if (leftmost instanceof ListExpr || leftmost instanceof GeneratorExp) {
            return true;
        }
        return leftmost instanceof Tuple && parenthesized.contains(leftmost);
    }

    private static Expr leftmostPrimary(Expr e) {
        while (true) {
            if (e instanceof BinOp b) {
                e = b.left();
            } else if (e instanceof Attribute a) {
                e = a.value();
            } else if (e instanceof Subscript s) {
                e = s.value();
            } else if (e instanceof Call c) {
                e = c.func();
            } else {
                return e;
            }
        }
    }

    // ---------------------------------------------------------------- expression

    /** {@code expression}: a conditional expression, a lambda, or a disjunction. */
    Expr expression() {
        enter();
        try {
            if (atKeyword("lambda")) {
                return lambdef();
            }
            Token start = peek();
            Expr body = disjunction();
            if (!atKeyword("if")) {
                return body;
            }
            int ifIndex = p;
            next();
            Expr test;
            try {
                test = disjunction();
            } catch (PySyntaxError e) {
                if (!canBacktrack(e)) {
                    throw e;
                }
                p = ifIndex; // PEG: the conditional fails, the disjunction alone stands
                return body;
            }
            if (!atKeyword("else")) {
                if (!atOp(":") && !hinting) {
                    throw errorRange("expected 'else' after 'if' expression", body.pos(), test.pos());
                }
                p = ifIndex;
                return body;
            }
            next();
            Expr orelse;
            try {
                orelse = expression();
            } catch (PySyntaxError e) {
                if (!canBacktrack(e)) {
                    throw e;
                }
                p = ifIndex;
                return body;
            }
            return new IfExp(test, body, orelse, posFrom(start));
        } finally {
            leave();
        }
    }

    /**
     * Whether a failed sub-parse may be given up the way CPython's PEG parser backtracks: only a
     * plain "invalid syntax" (specific messages and tokenizer errors are final).
     */
    final boolean canBacktrack(PySyntaxError e) {
        return !isTokenizerError(e) && e.msg().equals("invalid syntax") && e.kind() == PySyntaxError.Kind.SyntaxError;
    }

    private void noteDisjunction(Expr e, int startIndex) {
        lastDisjunction = e;
        lastDisjunctionStart = startIndex;
        lastDisjunctionEnd = p;
    }

    Expr disjunction() {
        int start = p;
        Token startToken = peek();
        Expr first = conjunction();
        if (atKeyword("or")) {
            List<Expr> values = new ArrayList<>();
            values.add(first);
            while (acceptKeyword("or")) {
                values.add(conjunction());
            }
            first = new BoolOp(BoolOperator.Or, values, posFrom(startToken));
        }
        lastDisjunction = first;
        lastDisjunctionStart = start;
        lastDisjunctionEnd = p;
        return first;
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new BoolOp(BoolOperator.And, values, posFrom(start));
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            Token not = next();
            enter();
            try {
                Expr operand = inversion();
                return new UnaryOp(UnaryOperator.Not, operand, posFrom(not));
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int operatorIndex = p;
            CmpOperator op = comparisonOperator();
            if (op == null) {
                break;
            }
            Expr right;
            try {
                right = bitwiseOr();
            } catch (PySyntaxError e) {
                if (!canBacktrack(e)) {
                    throw e;
                }
                p = operatorIndex;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        return ops == null ? left : new Compare(left, ops, comparators, posFrom(start));
    }

    private CmpOperator comparisonOperator() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CmpOperator op;
            switch (t.text()) {
                case "==": op = CmpOperator.Eq; break;
                case "!=": op = CmpOperator.NotEq; break;
                case "<": op = CmpOperator.Lt; break;
                case "<=": op = CmpOperator.LtE; break;
                case ">": op = CmpOperator.Gt; break;
                case ">=": op = CmpOperator.GtE; break;
                default: return null;
            }
            next();
            return op;
        }
        if (t.isName("in")) {
            next();
            return CmpOperator.In;
        }
        if (t.isName("is")) {
            next();
            return acceptKeyword("not") ? CmpOperator.IsNot : CmpOperator.Is;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            next();
            next();
            return CmpOperator.NotIn;
        }
        return null;
    }

    // ---------------------------------------------------------------- binary operators

    /** Binding power of a binary operator token, or 0. */
    private static int precedence(Token t) {
        if (t.kind() != TokenKind.OP) {
            return 0;
        }
        switch (t.text()) {
            case "|": return 1;
            case "^": return 2;
            case "&": return 3;
            case "<<": case ">>": return 4;
            case "+": case "-": return 5;
            case "*": case "/": case "//": case "%": case "@": return 6;
            default: return 0;
        }
    }

    Expr bitwiseOr() {
        return binary(1);
    }

    /** Precedence climbing over the left-associative binary operators. */
    private Expr binary(int minPrecedence) {
        Token start = peek();
        Expr left = factor();
        int chain = 0;
        try {
            while (true) {
                int prec = precedence(peek());
                if (prec < minPrecedence || prec == 0) {
                    return left;
                }
                int operatorIndex = p;
                BinOperator op = BinOperator.fromSymbol(next().text());
                Expr right;
                try {
                    right = binary(prec + 1);
                } catch (PySyntaxError e) {
                    // a PEG parser gives up the operator and keeps the left operand
                    if (!canBacktrack(e)) {
                        throw e;
                    }
                    p = operatorIndex;
                    return left;
                }
                enter();
                chain++;
                left = new BinOp(left, op, right, posFrom(start));
            }
        } finally {
            for (int i = 0; i < chain; i++) {
                leave();
            }
        }
    }

    private Expr factor() {
        Token t = peek();
        UnaryOperator op = null;
        if (t.isOp("+")) {
            op = UnaryOperator.UAdd;
        } else if (t.isOp("-")) {
            op = UnaryOperator.USub;
        } else if (t.isOp("~")) {
            op = UnaryOperator.Invert;
        }
        if (op == null) {
            return power();
        }
        next();
        enter();
        try {
            Expr operand = factor();
            return new UnaryOp(op, operand, posFrom(t));
        } finally {
            leave();
        }
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!atOp("**")) {
            return base;
        }
        next();
        enter();
        try {
            Expr exponent = factor();
            return new BinOp(base, BinOperator.Pow, exponent, posFrom(start));
        } finally {
            leave();
        }
    }

    private Expr awaitPrimary() {
        if (atKeyword("await")) {
            Token await = next();
            enter();
            try {
                Expr value = primary();
                return new Await(value, posFrom(await));
            } finally {
                leave();
            }
        }
        return primary();
    }

    // ---------------------------------------------------------------- primaries

    Expr primary() {
        Token start = peek();
        Expr e = atom();
        int chain = 0;
        try {
            while (true) {
                if (atOp(".")) {
                    next();
                    String attr = expectIdentifier();
                    e = new Attribute(e, attr, ExprContext.Load, posFrom(start));
                } else if (atOp("(")) {
                    e = call(e, start);
                } else if (atOp("[") && !peek(1).isOp("]")) {
                    next();
                    Expr slice = slices();
                    expectOp("]");
                    e = new Subscript(e, slice, ExprContext.Load, posFrom(start));
                } else {
                    return e;
                }
                enter();
                chain++;
            }
        } finally {
            for (int i = 0; i < chain; i++) {
                leave();
            }
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!atOp(",")) {
            // a[*b] is a one-element tuple index
            return first instanceof Starred ? new Tuple(List.of(first), ExprContext.Load, posFrom(start)) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(elts, ExprContext.Load, posFrom(start));
    }

    private Expr slice() {
        Token start = peek();
        if (atOp("*")) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        next();
        Expr upper = null;
        Expr step = null;
        if (!atOp(":") && !atOp(",") && !atOp("]")) {
            upper = expression();
        }
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) {
                step = expression();
            }
        }
        return new Slice(lower, upper, step, posFrom(start));
    }

    // ---------------------------------------------------------------- calls

    /** One f-string replacement field: star_expressions, then the end of the text. */
    Expr fstringField() {
        Expr e = starExpressions();
        if (!at(TokenKind.NEWLINE) && !at(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    /** Parses {@code (args)} after {@code func}: used for calls and class headers. */
    Expr callArguments(Expr func) {
        return call(func, peek(), false);
    }

    /** A class header's {@code (bases, keywords)}: a call's arguments, but no bare generator expression. */
    Expr classArguments(Expr func) {
        return call(func, peek(), true);
    }

    private Expr call(Expr func, Token start) {
        return call(func, start, false);
    }

    private Expr call(Expr func, Token start, boolean classHeader) {
        Token open = expectOp("(");
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Expr firstGenerator = null;
        int count = 0;
        while (!atOp(")")) {
            count++;
            Token argStart = peek();
            if (atOp("**")) {
                next();
                Expr value = expression();
                keywords.add(new Keyword(null, value, posFrom(argStart)));
                sawDoubleStar = true;
            } else if (atOp("*")) {
                Token star = next();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", star);
                }
                Expr value;
                try {
                    value = expression();
                } catch (PySyntaxError e) {
                    // CPython's invalid_arguments: "args ',' '*'" that args could not take
                    if (count > 1 && canBacktrack(e)) {
                        throw errorAt("iterable argument unpacking follows keyword argument unpacking", star);
                    }
                    throw e;
                }
                args.add(new Starred(value, ExprContext.Load, posFrom(argStart)));
            } else if (isIdentifier(argStart) && peek(1).isOp("=")) {
                next();
                next();
                Expr value = expression();
                Keyword kw = new Keyword(argStart.text(), value, posFrom(argStart));
                for (Keyword other : keywords) {
                    if (argStart.text().equals(other.arg())) {
                        throw error(PySyntaxError.Kind.SyntaxError, "keyword argument repeated: " + argStart.text(),
                                kw.pos().line(), kw.pos().col() + 1, kw.pos().endLine(), kw.pos().endCol() + 1);
                    }
                }
                keywords.add(kw);
                sawKeyword = true;
            } else if ((argStart.isName("True") || argStart.isName("False") || argStart.isName("None"))
                    && peek(1).isOp("=")) {
                next();
                throw errorRange("cannot assign to " + argStart.text(), pos(argStart), pos(peek()));
            } else {
                Expr value = namedArgument();
                if (atKeyword("for") || atKeyword("async")) {
                    Token forToken = peek();
                    value = generator(value, argStart);
                    if (classHeader && count == 1 && atOp(")")) {
                        // class_def takes arguments, not a call's lone generator expression
                        throw errorAt("invalid syntax", forToken);
                    }
                    if (firstGenerator == null) {
                        firstGenerator = value;
                    }
                }
                if (atOp("=")) {
                    Token equals = next();
                    throw errorRange("expression cannot contain assignment, perhaps you meant \"==\"?",
                            value.pos(), pos(equals));
                }
                // CPython reports these at the token after the argument
                if (sawDoubleStar) {
                    throw errorAt("positional argument follows keyword argument unpacking", peek());
                }
                if (sawKeyword) {
                    throw errorAt("positional argument follows keyword argument", peek());
                }
                args.add(value);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (!atOp(")")) {
            throw invalidSyntax();
        }
        next();
        if (firstGenerator != null && count > 1) {
            throw errorAt("Generator expression must be parenthesized", firstGenerator);
        }
        if (firstGenerator != null && args.size() == 1) {
            // f(x for x in y): the generator's position is the call's parentheses
            GeneratorExp g = (GeneratorExp) firstGenerator;
            args.set(0, new GeneratorExp(g.elt(), g.generators(), posFrom(open)));
        }
        return new Call(func, args, keywords, posFrom(start));
    }

    /** A positional argument: {@code NAME := expr} or an expression (CPython's args rule). */
    private Expr namedArgument() {
        Token start = peek();
        if (isIdentifier(start) && peek(1).isOp(":=")) {
            return namedExpression();
        }
        return expression();
    }

    // ---------------------------------------------------------------- atoms

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                return nameAtom(t);
            case NUMBER:
                next();
                return new Constant(NumberLiterals.parse(t.text()), null, pos(t));
            case STRING:
                return strings();
            case OP:
                switch (t.text()) {
                    case "(":
                        return parenthesizedAtom();
                    case "[":
                        return listAtom();
                    case "{":
                        return braceAtom();
                    case "...":
                        next();
                        return new Constant(Literal.EllipsisLit.INSTANCE, null, pos(t));
                    default:
                        throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "True":
                next();
                return new Constant(Literal.BoolLit.TRUE, null, pos(t));
            case "False":
                next();
                return new Constant(Literal.BoolLit.FALSE, null, pos(t));
            case "None":
                next();
                return new Constant(Literal.NoneLit.INSTANCE, null, pos(t));
            default:
                if (!isIdentifier(t)) {
                    throw invalidSyntax();
                }
                next();
                return new Name(normalizeIdentifier(t.text()), ExprContext.Load, pos(t));
        }
    }

    /** Non-ASCII identifiers are NFKC-normalised, as PEP 3131 says. */
    static String normalizeIdentifier(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
            }
        }
        return name;
    }

    private Expr strings() {
        List<Token> run = new ArrayList<>();
        while (at(TokenKind.STRING)) {
            run.add(next());
        }
        try {
            return StringLiterals.concatenate(run, (text, line, col) -> FStringFieldParser.parse(this, text, line, col));
        } catch (StringLiterals.LiteralError e) {
            if (e.atToken() != null) {
                throw errorAt(e.getMessage(), e.atToken());
            }
            throw errorAt(e.getMessage(), peek());
        }
    }

    private Expr parenthesizedAtom() {
        Token open = next();
        if (atOp(")")) {
            next();
            Tuple empty = new Tuple(List.of(), ExprContext.Load, posFrom(open));
            parenthesized.add(empty);
            return empty;
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            parenthesized.add(y);
            return y;
        }
        Token first = peek();
        Expr e = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            if (e instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", e);
            }
            Expr gen = generator(e, first);
            expectOp(")");
            GeneratorExp g = (GeneratorExp) gen;
            GeneratorExp withParens = new GeneratorExp(g.elt(), g.generators(), posFrom(open));
            parenthesized.add(withParens);
            return withParens;
        }
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (acceptOp(",")) {
                if (atOp(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expectOp(")");
            Tuple tuple = new Tuple(elts, ExprContext.Load, posFrom(open));
            parenthesized.add(tuple);
            return tuple;
        }
        if (!atOp(")")) {
            throw invalidSyntax();
        }
        next();
        if (e instanceof Starred) {
            throw errorAt("cannot use starred expression here", e);
        }
        parenthesized.add(e);
        return e;
    }

    private Expr listAtom() {
        Token open = next();
        if (acceptOp("]")) {
            return new ListExpr(List.of(), ExprContext.Load, posFrom(open));
        }
        Token first = peek();
        Expr e = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            if (e instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", e);
            }
            List<Comprehension> generators = comprehensionClauses();
            expectOp("]");
            return new ListComp(e, generators, posFrom(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        elements(elts, "]");
        return new ListExpr(elts, ExprContext.Load, posFrom(open));
    }

    /** The rest of a display: {@code (',' star_named_expression)* [','] close}. */
    private void elements(List<Expr> elts, String close) {
        while (acceptOp(",")) {
            if (atOp(close)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!atOp(close)) {
            if ((atKeyword("for") || atKeyword("async")) && elts.size() > 1) {
                Expr first = elts.get(0);
                Expr last = elts.get(elts.size() - 1);
                throw errorRange("did you forget parentheses around the comprehension target?", first.pos(), last.pos());
            }
            throw invalidSyntax();
        }
        next();
    }

    private Expr braceAtom() {
        Token open = next();
        if (acceptOp("}")) {
            return new Dict(List.of(), List.of(), posFrom(open));
        }
        if (atOp("**")) {
            return dictDisplay(open, null, null);
        }
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Starred)) {
            Token colon = next();
            if (atOp("}") || atOp(",")) {
                throw errorAt("expression expected after dictionary key and ':'", colon);
            }
            if (atOp("*")) {
                Token star = next();
                Expr starredValue = bitwiseOr();
                throw errorAt("cannot use a starred expression in a dictionary value",
                        new Starred(starredValue, ExprContext.Load, posFrom(star)));
            }
            Expr value = expression();
            if (atKeyword("for") || atKeyword("async")) {
                List<Comprehension> generators = comprehensionClauses();
                expectOp("}");
                return new DictComp(first, value, generators, posFrom(open));
            }
            return dictDisplay(open, first, value);
        }
        if (atKeyword("for") || atKeyword("async")) {
            if (first instanceof Starred) {
                throw errorAt("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> generators = comprehensionClauses();
            expectOp("}");
            return new SetComp(first, generators, posFrom(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elements(elts, "}");
        return new SetExpr(elts, posFrom(open));
    }

    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needItem = firstKey == null;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (needItem || acceptOp(",")) {
            needItem = false;
            if (atOp("}")) {
                break;
            }
            if (atOp("**")) {
                Token doubleStar = next();
                keys.add(null);
                values.add(bitwiseOr());
                if (atKeyword("for") || atKeyword("async")) {
                    throw errorAt("dict unpacking cannot be used in dict comprehension", doubleStar);
                }
                continue;
            }
            Expr key = expression();
            if (!atOp(":")) {
                if (atOp("}") || atOp(",")) {
                    throw errorAt("':' expected after dictionary key", key);
                }
                throw invalidSyntax();
            }
            Token colon = next();
            if (atOp("}") || atOp(",")) {
                throw errorAt("expression expected after dictionary key and ':'", colon);
            }
            keys.add(key);
            values.add(expression());
        }
        expectOp("}");
        return new Dict(keys, values, posFrom(open));
    }

    // ---------------------------------------------------------------- comprehensions

    private Expr generator(Expr elt, Token start) {
        List<Comprehension> generators = comprehensionClauses();
        return new GeneratorExp(elt, generators, posFrom(start));
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> clauses = new ArrayList<>();
        while (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            boolean isAsync = acceptKeyword("async");
            next();
            Expr target = targetList(Targets.Kind.FOR);
            if (!atKeyword("in")) {
                throw invalidSyntax();
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKeyword("if")) {
                ifs.add(disjunction());
            }
            // these are CPython disjunctions, not expressions: no invalid_expression hints after them
            lastDisjunction = null;
            clauses.add(new Comprehension(target, iter, ifs, isAsync));
        }
        if (clauses.isEmpty()) {
            throw invalidSyntax();
        }
        return clauses;
    }

    /**
     * {@code star_targets} for {@code for} loops and comprehensions: targets up to {@code in},
     * returned in Store context, or CPython's "cannot assign to ..." for an invalid one.
     */
    Expr targetList(Targets.Kind kind) {
        Token start = peek();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        do {
            if (atKeyword("in") || atOp("=")) {
                break;
            }
            Token itemStart = peek();
            int itemIndex = p;
            if (atOp("*")) {
                next();
                Expr value = bitwiseOr();
                elts.add(new Starred(value, ExprContext.Load, posFrom(itemStart)));
            } else {
                Expr item = bitwiseOr();
                elts.add(item);
                // CPython re-parses a bad target as an expression: hints apply after it
                noteDisjunction(item, itemIndex);
            }
            comma = atOp(",");
        } while (acceptOp(","));
        if (elts.isEmpty()) {
            throw invalidSyntax();
        }
        Expr target = elts.size() == 1 && !comma ? elts.get(0) : new Tuple(elts, ExprContext.Load, posFrom(start));
        return storeTarget(target, kind);
    }

    /** Validates a target and rewrites it to Store context. */
    Expr storeTarget(Expr target, Targets.Kind kind) {
        Expr bad = Targets.invalidTarget(target, kind);
        if (bad != null) {
            throw errorAt("cannot assign to " + Targets.describe(bad), bad);
        }
        checkStarred(target, true);
        return Targets.withContext(target, ExprContext.Store);
    }

    /** Starred targets: only inside a list or tuple, and at most one per level. */
    void checkStarred(Expr target, boolean topLevel) {
        if (target instanceof Starred s) {
            if (topLevel) {
                throw errorAt("starred assignment target must be in a list or tuple", s);
            }
            checkStarred(s.value(), false);
            return;
        }
        List<Expr> elts = target instanceof Tuple t ? t.elts() : target instanceof ListExpr l ? l.elts() : null;
        if (elts == null) {
            return;
        }
        int stars = 0;
        for (Expr elt : elts) {
            if (elt instanceof Starred) {
                stars++;
            }
            checkStarred(elt instanceof Starred s ? s.value() : elt, false);
        }
        if (stars > 1) {
            throw errorAt("multiple starred expressions in assignment", target);
        }
    }

    // ---------------------------------------------------------------- yield and lambda

    Expr yieldExpr() {
        Token y = expectKeyword("yield");
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new YieldFrom(value, posFrom(y));
        }
        if (startsExpression(peek())) {
            Expr value = starExpressions();
            return new Yield(value, posFrom(y));
        }
        return new Yield(null, posFrom(y));
    }

    private Expr lambdef() {
        Token lambda = next();
        Arguments args = atOp(":") ? Arguments.empty() : parameters(false, ":");
        if (!atOp(":")) {
            throw invalidSyntax();
        }
        next();
        Expr body = expression();
        return new Lambda(args, body, posFrom(lambda));
    }

    /** True if {@code t} can begin an expression. */
    static boolean startsExpression(Token t) {
        switch (t.kind()) {
            case NAME:
                switch (t.text()) {
                    case "True": case "False": case "None": case "not": case "lambda": case "await":
                        return true;
                    default:
                        return isIdentifier(t);
                }
            case NUMBER:
            case STRING:
                return true;
            case OP:
                switch (t.text()) {
                    case "(": case "[": case "{": case "-": case "+": case "~": case "...": case "*":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    /** Parameters of a def (annotations allowed) or a lambda, up to {@code close}. */
    Arguments parameters(boolean annotations, String close) {
        return new ParameterListParser(this, annotations, close).parse();
    }
}
