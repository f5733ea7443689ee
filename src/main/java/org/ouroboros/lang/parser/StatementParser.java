package org.ouroboros.lang.parser;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.Alias;
import org.ouroboros.lang.ast.AnnAssign;
import org.ouroboros.lang.ast.Arguments;
import org.ouroboros.lang.ast.Assert;
import org.ouroboros.lang.ast.Assign;
import org.ouroboros.lang.ast.AsyncFor;
import org.ouroboros.lang.ast.AsyncFunctionDef;
import org.ouroboros.lang.ast.AsyncWith;
import org.ouroboros.lang.ast.Attribute;
import org.ouroboros.lang.ast.AugAssign;
import org.ouroboros.lang.ast.BinOperator;
import org.ouroboros.lang.ast.Break;
import org.ouroboros.lang.ast.Call;
import org.ouroboros.lang.ast.ClassDef;
import org.ouroboros.lang.ast.Continue;
import org.ouroboros.lang.ast.Delete;
import org.ouroboros.lang.ast.ExceptHandler;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.ExprStmt;
import org.ouroboros.lang.ast.Expression;
import org.ouroboros.lang.ast.For;
import org.ouroboros.lang.ast.FunctionDef;
import org.ouroboros.lang.ast.Global;
import org.ouroboros.lang.ast.If;
import org.ouroboros.lang.ast.Import;
import org.ouroboros.lang.ast.ImportFrom;
import org.ouroboros.lang.ast.ListExpr;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.ast.Name;
import org.ouroboros.lang.ast.Nonlocal;
import org.ouroboros.lang.ast.Pass;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.ast.Raise;
import org.ouroboros.lang.ast.Return;
import org.ouroboros.lang.ast.Starred;
import org.ouroboros.lang.ast.Stmt;
import org.ouroboros.lang.ast.Subscript;
import org.ouroboros.lang.ast.Try;
import org.ouroboros.lang.ast.Tuple;
import org.ouroboros.lang.ast.While;
import org.ouroboros.lang.ast.With;
import org.ouroboros.lang.ast.WithItem;
import org.ouroboros.lang.token.Token;
import org.ouroboros.lang.token.TokenKind;
import org.ouroboros.lang.token.Tokenizer;

/** Statements and blocks of CPython 3.11's grammar (without {@code match} and {@code except*}). */
final class StatementParser extends ExpressionParser {

    /** The last token of the most recent line of simple statements (a trailing ';' included). */
    private Pos lastLineEnd;

    StatementParser(String source, String filename, Tokenizer.Result tokens) {
        super(source, filename, tokens);
    }

    Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Module(body);
    }

    Expression evalInput() {
        Token start = peek();
        Expr first = expression();
        Expr body = first;
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (at(TokenKind.NEWLINE) || at(TokenKind.ENDMARKER)) {
                    break;
                }
                elts.add(expression());
            }
            body = new Tuple(elts, ExprContext.Load, posFrom(start));
        }
        while (at(TokenKind.NEWLINE)) {
            next();
        }
        if (!at(TokenKind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Expression(body);
    }

    // ---------------------------------------------------------------- statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "def":
                    out.add(functionDef(List.of(), null));
                    return;
                case "class":
                    out.add(classDef(List.of()));
                    return;
                case "if":
                    out.add(ifStatement());
                    return;
                case "while":
                    out.add(whileStatement());
                    return;
                case "for":
                    out.add(forStatement(null));
                    return;
                case "with":
                    out.add(withStatement(null));
                    return;
                case "try":
                    out.add(tryStatement());
                    return;
                case "async":
                    out.add(asyncStatement());
                    return;
                case "match":
                    if (looksLikeMatchStatement()) {
                        throw errorAt("the 'match' statement is not supported", t);
                    }
                    break;
                default:
                    break;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            throw invalidSyntax();
        }
        simpleStatements(out);
    }

    /**
     * {@code match} is a soft keyword: a line {@code match <subject>:} followed by an indented
     * {@code case} is the (unsupported) match statement, anything else an ordinary name.
     */
    private boolean looksLikeMatchStatement() {
        int i = 1;
        while (peek(i).kind() != TokenKind.NEWLINE && peek(i).kind() != TokenKind.ENDMARKER) {
            i++;
        }
        return i > 2 && peek(i - 1).isOp(":") && peek(i).kind() == TokenKind.NEWLINE
                && peek(i + 1).kind() == TokenKind.INDENT && peek(i + 2).kind() == TokenKind.NAME
                && peek(i + 2).text().equals("case");
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (atOp(";")) {
                next();
                if (at(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!at(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        lastLineEnd = pos(prev());
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new Pass(pos(t));
                case "break":
                    next();
                    return new Break(pos(t));
                case "continue":
                    next();
                    return new Continue(pos(t));
                case "return":
                    return returnStatement();
                case "raise":
                    return raiseStatement();
                case "global":
                case "nonlocal":
                    return globalStatement();
                case "del":
                    return delStatement();
                case "assert":
                    return assertStatement();
                case "import":
                    return importStatement();
                case "from":
                    return fromImport();
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private Stmt returnStatement() {
        Token kw = next();
        Expr value = startsExpression(peek()) ? starExpressions() : null;
        return new Return(value, posFrom(kw));
    }

    private Stmt raiseStatement() {
        Token kw = next();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(peek())) {
            exc = expression();
            if (acceptKeyword("from")) {
                cause = expression();
            }
        }
        return new Raise(exc, cause, posFrom(kw));
    }

    private Stmt globalStatement() {
        Token kw = next();
        List<String> names = new ArrayList<>();
        do {
            names.add(normalizeIdentifier(expectIdentifier()));
        } while (acceptOp(","));
        return kw.text().equals("global") ? new Global(names, posFrom(kw)) : new Nonlocal(names, posFrom(kw));
    }

    private Stmt delStatement() {
        Token kw = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (at(TokenKind.NEWLINE) || atOp(";")) {
                break;
            }
            Expr target;
            if (atOp("*")) {
                Token star = next();
                target = new Starred(bitwiseOr(), ExprContext.Load, posFrom(star));
            } else {
                target = expression();
            }
            Expr bad = Targets.invalidTarget(target, Targets.Kind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + Targets.describe(bad), bad);
            }
            targets.add(Targets.withContext(target, ExprContext.Del));
        } while (acceptOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Delete(targets, posFrom(kw));
    }

    private Stmt assertStatement() {
        Token kw = next();
        Expr test = expression();
        Expr msg = acceptOp(",") ? expression() : null;
        return new Assert(test, msg, posFrom(kw));
    }

    private Stmt importStatement() {
        Token kw = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = peek();
            String name = dottedName();
            String asname = acceptKeyword("as") ? expectIdentifier() : null;
            names.add(new Alias(name, asname, posFrom(start)));
        } while (acceptOp(","));
        return new Import(names, posFrom(kw));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(normalizeIdentifier(expectIdentifier()));
        while (atOp(".")) {
            next();
            name.append('.').append(normalizeIdentifier(expectIdentifier()));
        }
        return name.toString();
    }

    private Stmt fromImport() {
        Token kw = next();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += next().text().length();
        }
        String module = null;
        if (!atKeyword("import")) {
            module = dottedName();
        }
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            names.add(new Alias("*", null, pos(star)));
        } else {
            boolean parens = acceptOp("(");
            do {
                if (parens && atOp(")")) {
                    break;
                }
                if (!parens && !names.isEmpty() && at(TokenKind.NEWLINE)) {
                    throw errorAt("trailing comma not allowed without surrounding parentheses", peek());
                }
                Token start = peek();
                String name = normalizeIdentifier(expectIdentifier());
                String asname = acceptKeyword("as") ? normalizeIdentifier(expectIdentifier()) : null;
                names.add(new Alias(name, asname, posFrom(start)));
            } while (acceptOp(","));
            if (parens) {
                expectOp(")");
            }
        }
        return new ImportFrom(module, names, level, posFrom(kw));
    }

    // ---------------------------------------------------------------- expressions and assignments

    private Stmt expressionStatement() {
        Token start = peek();
        int startIndex = p;
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (atOp("=")) {
            return assignment(start, startIndex, first);
        }
        Token t = peek();
        if (t.kind() == TokenKind.OP && t.text().length() >= 2 && t.text().endsWith("=")
                && BinOperator.fromSymbol(t.text().substring(0, t.text().length() - 1)) != null) {
            return augmentedAssignment(start, first, t);
        }
        if (atOp(":")) {
            return annotatedAssignment(start, first);
        }
        if (atOp(":=") && !(first instanceof Name)) {
            walrusTargetError(first);
        }
        return new ExprStmt(first, posFrom(start));
    }

    private Stmt assignment(Token start, int startIndex, Expr first) {
        List<Expr> targets = new ArrayList<>();
        targets.add(first);
        Expr value;
        try {
            while (true) {
                next(); // '='
                Expr rhs = atKeyword("yield") ? yieldExpr() : starExpressions();
                if (!atOp("=")) {
                    value = rhs;
                    break;
                }
                targets.add(rhs);
            }
        } catch (PySyntaxError e) {
            if (isTokenizerError(e) || !e.msg().equals("invalid syntax")) {
                throw e;
            }
            PySyntaxError hint = nameEqualsHint(startIndex);
            if (hint != null) {
                throw hint;
            }
            // CPython's "(star_targets '=')* a=star_expressions '='": a bad target needs no right side
            for (Expr target : targets) {
                Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
                if (bad != null) {
                    throw errorAt("cannot assign to " + Targets.describe(bad), bad);
                }
            }
            throw e;
        }
        for (Expr target : targets) {
            if (Targets.invalidTarget(target, Targets.Kind.STAR) != null) {
                PySyntaxError hint = nameEqualsHint(startIndex);
                if (hint != null) {
                    throw hint;
                }
            }
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Expr target = targets.get(i);
            if (i == 0 && targets.size() == 1) {
                maybeMeantEquals(start, target);
            }
            if (target instanceof org.ouroboros.lang.ast.Yield || target instanceof org.ouroboros.lang.ast.YieldFrom) {
                throw errorAt("assignment to yield expression not possible", target);
            }
            stored.add(storeTarget(target, Targets.Kind.STAR));
        }
        return new Assign(stored, value, posFrom(start));
    }

    /**
     * CPython's invalid_named_expression for a failed assignment {@code NAME = bitwise_or} not
     * followed by '=' or ':=': "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".
     */
    private PySyntaxError nameEqualsHint(int startIndex) {
        Token name = tokenAt(startIndex);
        if (!isIdentifier(name) || !tokenAt(startIndex + 1).isOp("=")) {
            return null;
        }
        int savedP = p;
        int savedFurthest = furthest;
        try {
            p = startIndex + 2;
            Expr rhs = bitwiseOr();
            if (atOp("=") || atOp(":=")) {
                return null;
            }
            return errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", pos(name), rhs.pos());
        } catch (PySyntaxError e) {
            if (isTokenizerError(e)) {
                throw e;
            }
            return null;
        } finally {
            p = savedP;
            furthest = savedFurthest;
        }
    }

    /** CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?" for {@code f() = 1}. */
    private void maybeMeantEquals(Token start, Expr target) {
        Expr candidate = target;
        Token candidateStart = start;
        if (target instanceof Tuple t && !parenthesized.contains(t) && !t.elts().isEmpty()) {
            candidate = t.elts().get(t.elts().size() - 1);
            candidateStart = null;
        }
        if (Targets.invalidTarget(candidate, Targets.Kind.STAR) != candidate) {
            return;
        }
        if (!isBitwiseOrLevel(candidate)) {
            return;
        }
        Token first = candidateStart != null ? candidateStart : tokenStarting(candidate);
        if (first != null && startsWithExcludedAtom(candidate, first)) {
            return;
        }
        throw errorAt("cannot assign to " + Targets.describe(candidate)
                + " here. Maybe you meant '==' instead of '='?", candidate);
    }

    /** The token where a node starts (searching back from the current position). */
    private Token tokenStarting(Expr e) {
        for (int i = p; i >= 0; i--) {
            Token t = tokenAt(i);
            if (t.line() == e.pos().line() && t.col() == e.pos().col()) {
                return t;
            }
            if (t.line() < e.pos().line()) {
                break;
            }
        }
        return null;
    }

    /** CPython's invalid_named_expression: {@code obj.attr := value} as a statement. */
    private void walrusTargetError(Expr target) {
        int savedP = p;
        int savedFurthest = furthest;
        try {
            next();
            expression();
        } catch (PySyntaxError e) {
            if (isTokenizerError(e)) {
                throw e;
            }
            p = savedP;
            furthest = savedFurthest;
            return;
        }
        throw errorAt("cannot use assignment expressions with " + Targets.describe(target), target);
    }

    private Stmt augmentedAssignment(Token start, Expr target, Token opToken) {
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt("'" + Targets.describe(target) + "' is an illegal expression for augmented assignment",
                    target);
        }
        next();
        BinOperator op = BinOperator.fromSymbol(opToken.text().substring(0, opToken.text().length() - 1));
        Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
        return new AugAssign(Targets.withContext(target, ExprContext.Store), op, value, posFrom(start));
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        boolean valid = (target instanceof Name || target instanceof Attribute || target instanceof Subscript);
        if (!valid) {
            // CPython's invalid_assignment rules match only "target ':' expression" (second pass)
            int savedP = p;
            int savedFurthest = furthest;
            try {
                next();
                expression();
            } catch (PySyntaxError e) {
                if (isTokenizerError(e)) {
                    throw e;
                }
                p = savedP;
                furthest = savedFurthest;
                throw invalidSyntax();
            }
        }
        if (target instanceof Tuple && !parenthesized.contains(target)) {
            throw errorAt("only single target (not tuple) can be annotated", ((Tuple) target).elts().get(0));
        }
        if (target instanceof Tuple || target instanceof ListExpr) {
            throw errorAt("only single target (not " + Targets.describe(target) + ") can be annotated", target);
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt("illegal target for annotation", target);
        }
        next(); // ':'
        Expr annotation = expression();
        Expr value = null;
        if (acceptOp("=")) {
            value = atKeyword("yield") ? yieldExpr() : starExpressions();
        }
        boolean simple = target instanceof Name && !parenthesized.contains(target);
        return new AnnAssign(Targets.withContext(target, ExprContext.Store), annotation, value, simple,
                posFrom(start));
    }

    // ---------------------------------------------------------------- blocks

    /**
     * A block after a header's ':' — an indented suite or simple statements on the same line.
     * {@code what} names the header in "expected an indented block after ... on line N".
     */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        next();
        if (!at(TokenKind.INDENT)) {
            throw errorAt(PySyntaxError.Kind.IndentationError,
                    "expected an indented block after " + what + " on line " + header.line(), peek());
        }
        next();
        enter();
        try {
            do {
                statement(body);
            } while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER));
        } finally {
            leave();
        }
        if (at(TokenKind.DEDENT)) {
            next();
        }
        return body;
    }

    /** A header's ':' where CPython only says "expected ':'" if the line ends there. */
    private void colonAtLineEnd() {
        if (atOp(":")) {
            next();
            return;
        }
        if (at(TokenKind.NEWLINE)) {
            throw errorAt("expected ':'", peek());
        }
        throw invalidSyntax();
    }

    /**
     * A compound statement's span: to the end of the last line of its last block, which (as in
     * CPython) includes a trailing ';' that the last statement itself does not.
     */
    private Pos spanTo(Token start, List<Stmt> body) {
        return new Pos(start.line(), start.col(), lastLineEnd.endLine(), lastLineEnd.endCol());
    }

    private Stmt ifStatement() {
        Token kw = next();
        Expr test = namedExpression();
        colonAtLineEnd();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) {
            orelse.add(ifStatement());
        } else if (atKeyword("else")) {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, spanTo(kw, orelse.isEmpty() ? body : orelse));
    }

    private List<Stmt> elseBlock() {
        Token kw = next();
        expectForced(":");
        return block("'else' statement", kw);
    }

    private Stmt whileStatement() {
        Token kw = next();
        Expr test = namedExpression();
        colonAtLineEnd();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : new ArrayList<>();
        return new While(test, body, orelse, spanTo(kw, orelse.isEmpty() ? body : orelse));
    }

    private Stmt forStatement(Token asyncToken) {
        Token kw = next();
        Expr target = targetList(Targets.Kind.FOR);
        expectKeyword("in");
        Expr iter = starExpressions();
        colonAtLineEnd();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : new ArrayList<>();
        Pos pos = spanTo(asyncToken != null ? asyncToken : kw, orelse.isEmpty() ? body : orelse);
        return asyncToken != null ? new AsyncFor(target, iter, body, orelse, pos)
                : new For(target, iter, body, orelse, pos);
    }

    private Stmt withStatement(Token asyncToken) {
        Token kw = next();
        List<WithItem> items = null;
        if (atOp("(")) {
            items = parenthesizedWithItems();
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        colonAtLineEnd();
        List<Stmt> body = block("'with' statement", kw);
        Pos pos = spanTo(asyncToken != null ? asyncToken : kw, body);
        return asyncToken != null ? new AsyncWith(items, body, pos) : new With(items, body, pos);
    }

    /** {@code with (a as b, c):} — or null (position restored) if the parentheses are an expression's. */
    private List<WithItem> parenthesizedWithItems() {
        int saved = p;
        int savedFurthest = furthest;
        try {
            next();
            List<WithItem> items = new ArrayList<>();
            do {
                if (atOp(")") && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (acceptOp(","));
            if (atOp(")") && peek(1).isOp(":")) {
                next();
                return items;
            }
            if (!atOp(")")) {
                PySyntaxError e = invalidSyntax();
                if (isTokenizerError(e)) {
                    throw e; // CPython's second pass ran into the tokenizer's error here
                }
            }
        } catch (PySyntaxError e) {
            if (isTokenizerError(e)) {
                throw e;
            }
            // not the parenthesized form: parse again as expressions
        }
        p = saved;
        furthest = Math.max(furthest, savedFurthest);
        return null;
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            Token start = peek();
            Expr target;
            if (atOp("*")) {
                next();
                target = new Starred(bitwiseOr(), ExprContext.Load, posFrom(start));
            } else {
                target = bitwiseOr();
            }
            vars = storeTarget(target, Targets.Kind.STAR);
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStatement() {
        Token kw = next();
        expectForced(":");
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            handlers.add(exceptHandler());
        }
        List<Stmt> orelse = new ArrayList<>();
        List<Stmt> finalbody = new ArrayList<>();
        if (!handlers.isEmpty() && atKeyword("else")) {
            orelse = elseBlock();
        }
        if (atKeyword("finally")) {
            Token fin = next();
            expectForced(":");
            finalbody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt("expected 'except' or 'finally' block", peek());
        }
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) {
                throw errorAt("default 'except:' must be last", handlers.get(i));
            }
        }
        return new Try(body, handlers, orelse, finalbody, spanTo(kw, body));
    }

    private ExceptHandler exceptHandler() {
        Token kw = next();
        if (atOp("*")) {
            throw errorAt("'except*' is not supported", peek());
        }
        Expr type = null;
        String name = null;
        if (!atOp(":")) {
            if (at(TokenKind.NEWLINE)) {
                throw errorAt("expected ':'", peek());
            }
            type = expression();
            if (atOp(",")) {
                Token start = tokenStarting(type);
                List<Expr> types = new ArrayList<>();
                types.add(type);
                while (acceptOp(",")) {
                    if (atOp(":") || atKeyword("as")) {
                        break;
                    }
                    types.add(expression());
                }
                throw errorRange("multiple exception types must be parenthesized", type.pos(),
                        types.get(types.size() - 1).pos());
            }
            if (acceptKeyword("as")) {
                name = normalizeIdentifier(expectIdentifier());
            }
            colonAtLineEnd();
        } else {
            next();
        }
        List<Stmt> body = block("'except' statement", kw);
        return new ExceptHandler(type, name, body, spanTo(kw, body));
    }

    private Stmt asyncStatement() {
        Token async = next();
        if (atKeyword("def")) {
            return functionDef(List.of(), async);
        }
        if (atKeyword("for")) {
            return forStatement(async);
        }
        if (atKeyword("with")) {
            return withStatement(async);
        }
        throw invalidSyntax();
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            next();
        }
        if (atKeyword("def")) {
            return functionDef(decorators, null);
        }
        if (atKeyword("class")) {
            return classDef(decorators);
        }
        if (atKeyword("async") && peek(1).isName("def")) {
            return functionDef(decorators, next());
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token asyncToken) {
        Token def = next();
        Token start = asyncToken != null ? asyncToken : def;
        String name = normalizeIdentifier(expectIdentifier());
        expectForced("(");
        Arguments args = parameters(true, ")");
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) {
            returns = expression();
        }
        expectForced(":");
        List<Stmt> body = block("function definition", def);
        Pos pos = spanTo(start, body);
        return asyncToken != null ? new AsyncFunctionDef(name, args, body, decorators, returns, pos)
                : new FunctionDef(name, args, body, decorators, returns, pos);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = next();
        String name = normalizeIdentifier(expectIdentifier());
        List<Expr> bases = List.of();
        List<org.ouroboros.lang.ast.Keyword> keywords = List.of();
        if (atOp("(")) {
            Call header = (Call) classArguments(new Name(name, ExprContext.Load, pos(kw)));
            bases = header.args();
            keywords = header.keywords();
        }
        colonAtLineEnd();
        List<Stmt> body = block("class definition", kw);
        return new ClassDef(name, bases, keywords, body, decorators, spanTo(kw, body));
    }
}
