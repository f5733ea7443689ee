/**
 * Bytecode: {@link org.ouroboros.vm.code.Opcode} (CPython 3.11's opnames),
 * {@link org.ouroboros.vm.code.Instruction}, {@link org.ouroboros.vm.code.CodeObject} and the
 * {@link org.ouroboros.vm.code.Disassembler}.
 *
 * <p>Documented simplifications against CPython 3.11:
 * <ul>
 *   <li>One slot per instruction: no CACHE entries, no EXTENDED_ARG, no PRECALL (CALL does its work).</li>
 *   <li>Jump arguments and exception-table bounds are instruction indices; the listing prints
 *       offsets as 2 × index so it reads like {@code dis}.</li>
 *   <li>LOAD_DEREF/STORE_DEREF/LOAD_CLOSURE/MAKE_CELL index the frame's cells (cellvars then
 *       freevars), not CPython's "localsplus"; the call itself sets up the cells (arguments that are
 *       cells are copied into theirs), so the COPY_FREE_VARS/MAKE_CELL prefix CPython emits is
 *       there for the listing and does nothing when run.</li>
 *   <li>{@code stacksize} is a safe upper bound (2 per instruction + 8), not CPython's exact depth.</li>
 *   <li>KW_NAMES' constant is a Java {@code String[]}; nested code objects are constants wrapped in
 *       {@code PyCode}; bit 0x1000_0000 of the flags marks "co_consts[0] is the docstring".</li>
 * </ul>
 */
package org.ouroboros.vm.code;
