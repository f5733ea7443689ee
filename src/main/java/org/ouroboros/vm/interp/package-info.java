/**
 * The interpreter: {@link org.ouroboros.vm.interp.Frame}s run by {@code Opcodes.run} — fetch,
 * dispatch to the method named after the opcode — with {@link org.ouroboros.vm.interp.Interpreter}
 * doing frame entry/exit and CPython 3.11's exception-table unwinding.
 *
 * <ul>
 *   <li>A Python call is a Java call ({@link org.ouroboros.vm.interp.FunctionCall} binds arguments
 *       with CPython's messages). The VM runs on a thread with a 1 GB stack, so the recursion limit
 *       (1000, RecursionError) is reached long before Java's StackOverflowError (still caught).</li>
 *   <li>Generators and coroutines ({@link org.ouroboros.vm.interp.PyGenerator}) keep their frame on
 *       the heap and re-enter the loop on send/throw; {@code yield from}/{@code await} are the
 *       SEND/YIELD_VALUE loop, and throw/close delegate to the sub-iterator as 3.11's gen_throw.</li>
 *   <li>{@link org.ouroboros.vm.interp.EvalBreaker} is called at RESUME, JUMP_BACKWARD and after calls
 *       to builtins, the points where 3.11 checks its eval breaker; each is one "tick" of the step
 *       budget. The GIL scheduler plugs in there.</li>
 *   <li>{@link org.ouroboros.vm.interp.ThreadState} is the per-thread state (current frame, the
 *       exception being handled, trace level), bound to the Java thread running it; no interpreter
 *       state lives in static fields.</li>
 *   <li>Tracing is decided per frame: {@code Opcodes.runTraced} when the coarse trace is on, else the
 *       plain loop, so with tracing off no event is ever built.</li>
 * </ul>
 */
package org.ouroboros.vm.interp;
