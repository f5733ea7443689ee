package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.Types;

/** {@code NoneType}, {@code NotImplementedType}, {@code ellipsis}: one instance each. */
public final class SingletonTypes {
    private SingletonTypes() {}

    static void install() {
        new TypeBuilder(Types.NONE_TYPE)
                .constructor((cls, args, kw) -> {
                    if (args.length > 0) {
                        throw PyExc.typeError("NoneType takes no arguments");
                    }
                    return PyConstants.NONE;
                })
                .method0("__repr__", self -> new PyStr("None"))
                .method0("__bool__", self -> PyBool.FALSE);
        new TypeBuilder(Types.NOT_IMPLEMENTED_TYPE)
                .constructor((cls, args, kw) -> PyConstants.NOT_IMPLEMENTED)
                .method0("__repr__", self -> new PyStr("NotImplemented"));
        new TypeBuilder(Types.ELLIPSIS_TYPE)
                .constructor((cls, args, kw) -> PyConstants.ELLIPSIS)
                .method0("__repr__", self -> new PyStr("Ellipsis"));
    }
}
