package org.ouroboros.vm.corpus;

import java.util.regex.Pattern;

/**
 * The one documented normalisation between CPython's output and the VM's: object addresses
 * ({@code <__main__.A object at 0x7f3a...>}) differ from run to run, so every {@code 0x} followed
 * by lowercase hex digits becomes {@code 0xADDR}. Programs in the corpus print {@code hex()} of
 * numbers only where the same rewrite keeps them comparable.
 */
public final class Addresses {
    private static final Pattern HEX_ADDRESS = Pattern.compile("0x[0-9a-f]+");

    private Addresses() {
    }

    public static String normalize(String text) {
        return HEX_ADDRESS.matcher(text).replaceAll("0xADDR");
    }
}
