package org.ouroboros.vm.builtins;

import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.Interpreter;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyObject;

/** What builtins need from the interpreter's frames: class bodies and {@code locals()}. */
final class Frames {
    private Frames() {}

    static PyObject runClassBody(PyFunction body, PyObject ns) {
        return Interpreter.runClassBody(body, ns);
    }

    static PyDict localsDict(Frame f) {
        return Interpreter.localsOf(f);
    }
}
