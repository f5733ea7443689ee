package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code types.SimpleNamespace}: attribute access over the instance dict, keyword constructor. */
final class SimpleNamespaceType {
    private SimpleNamespaceType() {}

    static void install() {
        PyType type = Types.SIMPLE_NAMESPACE;
        type.setInstancesHaveDict(true);
        TypeBuilder t = new TypeBuilder(type);
        t.constant("__module__", new PyStr("types"));
        t.constant("__dict__", Attributes.dictDescriptor(type));
        t.constructor((cls, args, kw) -> ((PyType) cls).allocate());
        t.method("__init__", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) {
                throw PyExc.typeError("SimpleNamespace expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                for (var e : ((PyDict) Types.DICT.call(args[0])).map().entrySet()) {
                    if (!(e.getKey() instanceof PyStr)) {
                        throw PyExc.typeError("keywords must be strings, not '" + e.getKey().type().name() + "'");
                    }
                    self.dict().put(e.getKey(), e.getValue());
                }
            }
            for (int i = 0; i < nkw; i++) {
                self.dict().put(kw[i], args[npos + i]);
            }
            return NONE;
        });
        t.method0("__repr__", self -> {
            String name = self.type() == type ? "namespace" : self.type().name();
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (var e : self.dict().map().entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.str(e.getKey()).value()).append('=').append(Ops.repr(e.getValue()).value());
            }
            return new PyStr(sb.append(')').toString());
        });
        t.method1("__eq__", (self, o) -> o.type().isSubtype(type)
                ? PyBool.of(Ops.eqBool(self.dict(), o.dict())) : NOT_IMPLEMENTED);
        t.constant("__hash__", NONE);
    }
}
