package org.ouroboros.vm.builtins;

import org.ouroboros.vm.object.PyExc;

/**
 * The {@code mode} of {@code open()}, parsed and checked as CPython's _io.open does: exactly one
 * of r/w/a/x, optional {@code +}, {@code b} or {@code t}, no repeats, with CPython's messages.
 */
record OpenMode(String text, boolean reading, boolean writing, boolean appending, boolean creating,
                boolean updating, boolean binary) {

    static OpenMode parse(String mode) {
        boolean r = false;
        boolean w = false;
        boolean a = false;
        boolean x = false;
        boolean plus = false;
        boolean t = false;
        boolean b = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'r' -> r = true;
                case 'w' -> w = true;
                case 'a' -> a = true;
                case 'x' -> x = true;
                case '+' -> plus = true;
                case 't' -> t = true;
                case 'b' -> b = true;
                default -> throw invalid(mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw invalid(mode);
            }
        }
        if (t && b) {
            throw PyExc.valueError("can't have text and binary mode at once");
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (kinds > 1) {
            throw PyExc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            // FileIO's own check, reached when _io.open found no mode letter at all.
            throw PyExc.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return new OpenMode(mode, r, w, a, x, plus, b);
    }

    private static RuntimeException invalid(String mode) {
        return PyExc.valueError("invalid mode: '" + mode + "'");
    }

    boolean readable() {
        return reading || updating;
    }

    boolean writable() {
        return !reading || updating;
    }

    /** FileIO's mode_string, what a binary file's {@code .mode} shows: rb, rb+, wb, ab, ab+, xb, xb+. */
    String rawMode() {
        if (creating) {
            return updating ? "xb+" : "xb";
        }
        if (appending) {
            return updating ? "ab+" : "ab";
        }
        if (readable()) {
            return writable() ? "rb+" : "rb";
        }
        return "wb";
    }
}
