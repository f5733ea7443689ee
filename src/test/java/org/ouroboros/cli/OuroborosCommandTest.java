package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OuroborosCommandTest {
    @Test
    void unknownCommandExitsWithUsageError() {
        assertEquals(2, OuroborosCommand.execute("no-such-command"));
    }

    @Test
    void versionExitsZero() {
        assertEquals(0, OuroborosCommand.execute("--version"));
    }
}
