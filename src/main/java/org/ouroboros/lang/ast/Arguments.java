package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/**
 * Python's {@code ast.arguments} (no position, as in CPython): {@code def f(a, /, b, *c, d, **e)}.
 * {@code defaults} belong to the last positional parameters (posonlyargs then args);
 * {@code kwDefaults} is parallel to {@code kwonlyargs}, with a null entry where a
 * keyword-only parameter has no default. {@code vararg} and {@code kwarg} may be null.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public Arguments {
        posonlyargs = posonlyargs == null ? List.of() : Collections.unmodifiableList(posonlyargs);
        args = args == null ? List.of() : Collections.unmodifiableList(args);
        kwonlyargs = kwonlyargs == null ? List.of() : Collections.unmodifiableList(kwonlyargs);
        kwDefaults = kwDefaults == null ? List.of() : Collections.unmodifiableList(kwDefaults);
        defaults = defaults == null ? List.of() : Collections.unmodifiableList(defaults);
    }

    /** The empty argument list of {@code def f():} or {@code lambda: 0}. */
    public static Arguments empty() {
        return new Arguments(null, null, null, null, null, null, null);
    }
}
