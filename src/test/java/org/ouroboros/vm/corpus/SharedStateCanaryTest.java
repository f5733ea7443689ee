package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStateCanaryTest {

    @Test
    void theRecordedOutputIsWhatCPythonPrints(@TempDir Path folder) throws IOException {
        assumeTrue(CPython.version311().isPresent(), "no CPython 3.11 python3 on the PATH");
        Path canary = Files.writeString(folder.resolve("canary.py"), SharedStateCanary.SOURCE, StandardCharsets.UTF_8);
        assertEquals(new ProgramOutput(SharedStateCanary.CPYTHON_OUTPUT, "", 0), CPython.runFile(canary));
    }
}
