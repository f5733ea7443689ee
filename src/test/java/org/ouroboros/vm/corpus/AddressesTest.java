package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void objectAddressesBecomeAPlaceholder() {
        assertEquals("<__main__.A object at 0xADDR> and <function f at 0xADDR>",
                Addresses.normalize("<__main__.A object at 0x7f3a2b1c0d90> and <function f at 0x10e897a90>"));
    }

    @Test
    void textWithoutAddressesIsUnchanged() {
        assertEquals("0X1F 0xZZ plain", Addresses.normalize("0X1F 0xZZ plain"));
    }
}
