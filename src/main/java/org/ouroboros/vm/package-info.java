/**
 * The Python-subset VM: {@link org.ouroboros.vm.Vm} is the entry point.
 *
 * <ul>
 *   <li>{@code vm.code}: opcodes (CPython 3.11 names), instructions, code objects, the disassembler.</li>
 *   <li>{@code vm.compiler}: AST ({@code org.ouroboros.lang.ast}) + scope analysis → code objects.</li>
 *   <li>{@code vm.interp}: frames and the interpreter loop ({@code Opcodes}: one method per opcode),
 *       calls, generators/coroutines, exceptions and tracebacks, the eval-breaker hook.</li>
 *   <li>{@code vm.object}: the object model — {@code PyObject}, {@code PyType}, C3 in {@code Mro},
 *       attribute lookup in {@code Attributes}, operators in {@code Ops}.</li>
 *   <li>{@code vm.builtins}: one class per builtin type and the builtins module.</li>
 *   <li>{@code vm.module}: sys, functools, time, types, dis.</li>
 * </ul>
 */
package org.ouroboros.vm;
