package org.ouroboros.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunRequestTest {
    @Test
    void unsavedEditorTextIsNamedAsTheWindowTitleNamesIt() {
        assertEquals("untitled.py", RunRequest.fromEditor("pass\n", Optional.empty()).filename());
    }

    @Test
    void anOpenFileIsNamedByItsAbsolutePathAsPython3AndTheCliDo() {
        Path relative = Path.of("lessons", "..", "demo.py");
        assertEquals(Path.of("demo.py").toAbsolutePath().toString(),
                RunRequest.fromEditor("pass\n", Optional.of(relative)).filename());
    }
}
