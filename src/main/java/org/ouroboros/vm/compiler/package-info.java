/**
 * AST → bytecode. {@link org.ouroboros.vm.compiler.Compiler} runs the front end
 * ({@code org.ouroboros.lang.FrontEnd}: parse, symbol tables, CPython's compile-time checks), resolves
 * names with the front end's {@code org.ouroboros.lang.symtable.SymbolTable} (the one symbol table;
 * the implicit {@code __class__} cell included) and emits 3.11's instruction sequences with an exception table built from
 * the handler in force at each instruction.
 */
package org.ouroboros.vm.compiler;
