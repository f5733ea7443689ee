package org.ouroboros.vm.code;

/**
 * A row of CPython 3.11's exception table: an exception raised by an instruction in
 * {@code [start, end)} pops the value stack to {@code depth}, pushes the offset of the raising
 * instruction when {@code lasti}, pushes the exception, and jumps to {@code target}.
 */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {
    public boolean covers(int index) {
        return index >= start && index < end;
    }
}
