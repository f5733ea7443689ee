package org.ouroboros.vm.code;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ouroboros.vm.Vm;

/** The listing uses CPython's dis layout and 3.11's opnames. */
class DisassemblerTest {
    @Test
    void listingLooksLikeDis() throws Exception {
        CodeObject co = Vm.builder().build().compile("a = 1\nfor i in range(3):\n    a += i\n", "d.py");
        String text = Disassembler.disassemble(co);
        assertTrue(text.contains("  1           2 LOAD_CONST               0 (1)\n"), text);
        assertTrue(text.contains("              4 STORE_NAME               0 (a)\n"), text);
        assertTrue(text.contains("BINARY_OP               13 (+=)"), text);
        assertTrue(text.contains(">>") && text.contains("FOR_ITER") && text.contains("JUMP_BACKWARD"), text);
        assertTrue(text.contains("PUSH_NULL") && text.contains("LOAD_NAME                1 (range)"), text);
    }

    @Test
    void tryStatementsGetAnExceptionTable() throws Exception {
        CodeObject co = Vm.builder().build().compile("try:\n    x = 1\nexcept ValueError:\n    pass\n", "d.py");
        String text = Disassembler.disassemble(co);
        assertTrue(text.contains("PUSH_EXC_INFO") && text.contains("CHECK_EXC_MATCH") && text.contains("ExceptionTable:"),
                text);
    }
}
