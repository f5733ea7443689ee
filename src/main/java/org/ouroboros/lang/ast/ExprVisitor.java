package org.ouroboros.lang.ast;

/** One method per Expr node class; {@link Expr#accept} dispatches here. */
public interface ExprVisitor<R> {
    R visitBoolOp(BoolOp node);

    R visitNamedExpr(NamedExpr node);

    R visitBinOp(BinOp node);

    R visitUnaryOp(UnaryOp node);

    R visitLambda(Lambda node);

    R visitIfExp(IfExp node);

    R visitDict(Dict node);

    R visitSetExpr(SetExpr node);

    R visitListComp(ListComp node);

    R visitSetComp(SetComp node);

    R visitDictComp(DictComp node);

    R visitGeneratorExp(GeneratorExp node);

    R visitAwait(Await node);

    R visitYield(Yield node);

    R visitYieldFrom(YieldFrom node);

    R visitCompare(Compare node);

    R visitCall(Call node);

    R visitFormattedValue(FormattedValue node);

    R visitJoinedStr(JoinedStr node);

    R visitConstant(Constant node);

    R visitAttribute(Attribute node);

    R visitSubscript(Subscript node);

    R visitStarred(Starred node);

    R visitName(Name node);

    R visitListExpr(ListExpr node);

    R visitTuple(Tuple node);

    R visitSlice(Slice node);
}
