/**
 * The abstract syntax tree of the Python subset, mirroring CPython 3.11's {@code ast} module.
 *
 * <p>Class and field names are Python's (fields in camelCase: {@code decorator_list} becomes
 * {@code decoratorList}, {@code kw_defaults} {@code kwDefaults}, {@code is_async} {@code isAsync},
 * {@code format_spec} {@code formatSpec}, {@code context_expr} {@code contextExpr},
 * {@code optional_vars} {@code optionalVars}). Three classes are renamed because their Python
 * names clash in Java: the expression statement {@code ast.Expr} is {@link
 * org.ouroboros.lang.ast.ExprStmt} ({@link org.ouroboros.lang.ast.Expr} is the expression
 * family), {@code ast.List} is {@link org.ouroboros.lang.ast.ListExpr} and {@code ast.Set} is
 * {@link org.ouroboros.lang.ast.SetExpr}. {@code type_comment} fields and {@code match} are not
 * modelled. Optional fields are null when absent; list fields are never null.
 *
 * <p>Every statement, expression, {@link org.ouroboros.lang.ast.Arg}, {@link
 * org.ouroboros.lang.ast.Keyword}, {@link org.ouroboros.lang.ast.Alias} and {@link
 * org.ouroboros.lang.ast.ExceptHandler} carries a {@link org.ouroboros.lang.ast.Pos} as its last
 * record component, with CPython's line (1-based) and column (0-based) conventions.
 * {@link org.ouroboros.lang.ast.Arguments}, {@link org.ouroboros.lang.ast.WithItem},
 * {@link org.ouroboros.lang.ast.Comprehension} and {@link org.ouroboros.lang.ast.Module} have no
 * position, as in CPython.
 *
 * <p>A {@link org.ouroboros.lang.ast.Constant} holds a {@link org.ouroboros.lang.ast.Literal}:
 * {@code IntLit(BigInteger)}, {@code FloatLit(double)}, {@code ImagLit(double)} (the imaginary
 * part of a {@code 2j} literal), {@code StrLit(String)} (escapes decoded, adjacent literals
 * joined), {@code BytesLit(byte[])}, {@code BoolLit}, {@code NoneLit}, {@code EllipsisLit}.
 * Negative numbers are {@code UnaryOp(USub, Constant)}, as in CPython's parser output.
 *
 * <p>f-strings become {@link org.ouroboros.lang.ast.JoinedStr} of string {@code Constant}s and
 * {@link org.ouroboros.lang.ast.FormattedValue}s exactly as CPython 3.11 builds them, including
 * {@code f"{x=}"} (a Constant {@code "x="} followed by a FormattedValue with conversion
 * {@code 'r'} unless a format spec or conversion is given).
 *
 * <p>Java 17 has no pattern matching for switch, so both node families offer a visitor
 * ({@link org.ouroboros.lang.ast.StmtVisitor}, {@link org.ouroboros.lang.ast.ExprVisitor}) as
 * well as {@code instanceof}. {@link org.ouroboros.lang.ast.AstDumper} prints a tree in
 * {@code ast.dump} format.
 */
package org.ouroboros.lang.ast;
