package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.PyObject;

/**
 * A code object turned into JVM code by {@link TemplateCompiler}: runs a frame from its
 * {@code pc} exactly as the untraced interpreter loop would (same stack, same locals, same
 * helpers), until the frame returns. A Python exception leaves it like the loop; after the
 * handler is found, {@link Interpreter} calls {@code run} again and it resumes at the handler.
 */
interface CompiledBody {
    PyObject run(ThreadState ts, Frame f);
}
