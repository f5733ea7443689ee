package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.Disassembler;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.PyCode;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyStr;

/** {@code dis.dis(x)}: prints our bytecode listing of a function, method, code object or source string. */
final class DisModule {
    private DisModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("dis");
        m.function("dis", (self, args, kw) -> {
            Object x = args[0];
            if (x instanceof PyMethod pm) {
                x = pm.function();
            }
            CodeObject code;
            if (x instanceof PyFunction f) {
                code = f.code();
            } else if (x instanceof PyCode c) {
                code = c.code();
            } else if (x instanceof PyStr s) {
                try {
                    code = vm.compile(s.value(), "<dis>");
                } catch (SourceError e) {
                    throw new org.ouroboros.vm.object.PyException(e.toPython());
                }
            } else {
                throw PyExc.typeError("don't know how to disassemble " + ((org.ouroboros.vm.object.PyObject) x).type().name()
                        + " objects");
            }
            vm.writeOut(Disassembler.disassemble(code));
            return NONE;
        });
        return m;
    }
}
