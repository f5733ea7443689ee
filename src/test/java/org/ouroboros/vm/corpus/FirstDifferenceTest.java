package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstDifferenceTest {

    @Test
    void equalOutputsHaveNoDifference() {
        assertEquals("", FirstDifference.describe("a\nb\n", "a\nb\n"));
    }

    @Test
    void namesTheFirstDifferingLine() {
        assertEquals("line 2: expected \"1\" but was \"True\"", FirstDifference.describe("x\n1\ny\n", "x\nTrue\nz\n"));
    }

    @Test
    void aMissingLineIsTheEndOfOutput() {
        assertEquals("line 2: expected \"b\" but was <end of output>", FirstDifference.describe("a\nb\n", "a\n"));
    }

    @Test
    void aMissingFinalNewlineIsNamed() {
        assertEquals("outputs differ only in line endings or a final newline", FirstDifference.describe("a\n", "a"));
    }

    @Test
    void anUnexpectedTracebackIsNamedByItsLastLine() {
        assertEquals("line 1: expected <end of output> but was \"Traceback (most recent call last):\""
                        + " ending in \"KeyError: 'x'\"",
                FirstDifference.describe("", "Traceback (most recent call last):\n  File \"a.py\", line 1\nKeyError: 'x'\n"));
    }
}
