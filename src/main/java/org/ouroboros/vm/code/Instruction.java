package org.ouroboros.vm.code;

/**
 * One bytecode instruction with its source span (1-based lines, 0-based columns as in CPython's
 * {@code co_positions}). Jump arguments are absolute instruction indices.
 */
public record Instruction(Opcode opcode, int arg, int line, int col, int endLine, int endCol) {
    public Instruction withArg(int newArg) {
        return new Instruction(opcode, newArg, line, col, endLine, endCol);
    }

    public Instruction withOpcode(Opcode op) {
        return new Instruction(op, arg, line, col, endLine, endCol);
    }
}
