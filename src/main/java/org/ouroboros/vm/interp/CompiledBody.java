package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.PyObject;

/**
 * A code object turned into JVM code by {@link TemplateCompiler}: runs a frame from its
 * {@code pc} exactly as the untraced interpreter loop would (same stack, same locals, same
 * helpers), until the frame returns. A Python exception leaves it like the loop; after the
 * handler is found, {@link Interpreter} calls {@code run} again and it resumes at the handler.
 *
 * <p>An abstract class, not an interface: every call asks "is this function compiled?" and then
 * calls {@code run} on one of many generated classes; a class check and a virtual call are
 * cheaper for the JVM than an interface check and an interface call.
 */
abstract class CompiledBody {
    abstract PyObject run(ThreadState ts, Frame f);
}
