package org.ouroboros.lang.ast;

/** An expression node (Python's {@code ast.expr}). */
public sealed interface Expr extends Node permits
        Attribute, Await, BinOp, BoolOp, Call, Compare, Constant, Dict, DictComp, FormattedValue,
        GeneratorExp, IfExp, JoinedStr, Lambda, ListComp, ListExpr, Name, NamedExpr, SetComp,
        SetExpr, Slice, Starred, Subscript, Tuple, UnaryOp, Yield, YieldFrom {

    <R> R accept(ExprVisitor<R> visitor);
}
