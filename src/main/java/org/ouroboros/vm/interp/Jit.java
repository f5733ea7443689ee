package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.PyFunction;

/**
 * When code gets compiled by {@link TemplateCompiler}, and where its compiled bodies are kept: a
 * function's on the function (all its calls share them), a module or class body's on its frame.
 * There are two flavours: plain, for the untraced loop, and one that reports lines for the coarse
 * trace's line loop (the fine trace and object events stay interpreted, instruction by
 * instruction). The loops ask at a call and at a loop's back edge; either way the frame goes on
 * in compiled code from where it is.
 */
final class Jit {
    private Jit() {}

    /** Marks code that stays interpreted (a generator, or too long). */
    private static final Object INTERPRETED = new Object();

    /** The compiled body to run {@code f} with, counting this call towards compiling it; null: interpret. */
    static CompiledBody onCall(ThreadState ts, Frame f, boolean lines) {
        PyFunction fn = f.jitOwner;
        if (fn == null) {
            return lines ? f.ownLinesBody : f.ownBody;
        }
        Object body = lines ? fn.jitLinesBody : fn.jitBody;
        if (body instanceof CompiledBody compiled) {
            return compiled;
        }
        if (body == null && ++fn.jitCalls > ts.jitThreshold) {
            return compileFor(fn, f, lines);
        }
        return null;
    }

    /** Called at a back edge once {@code f}'s loops ran the threshold's count: the compiled body to go on in, or null. */
    static CompiledBody onHotLoop(Frame f, boolean lines) {
        PyFunction fn = f.jitOwner;
        CompiledBody body;
        if (fn == null) {
            body = lines ? f.ownLinesBody : f.ownBody;
            if (body == null) {
                body = TemplateCompiler.compile(f.code, lines);
                if (lines) {
                    f.ownLinesBody = body;
                } else {
                    f.ownBody = body;
                }
            }
        } else {
            Object known = lines ? fn.jitLinesBody : fn.jitBody;
            body = known instanceof CompiledBody compiled ? compiled
                    : known == INTERPRETED ? null : compileFor(fn, f, lines);
        }
        if (body == null) {
            f.loopHeat = Integer.MIN_VALUE; // not again for this frame
        }
        return body;
    }

    private static CompiledBody compileFor(PyFunction fn, Frame f, boolean lines) {
        CompiledBody body = TemplateCompiler.compile(f.code, lines);
        Object kept = body != null ? body : INTERPRETED;
        if (lines) {
            fn.jitLinesBody = kept;
        } else {
            fn.jitBody = kept;
        }
        return body;
    }
}
