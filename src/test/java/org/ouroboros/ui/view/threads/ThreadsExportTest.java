package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.cli.ExportCommand;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.view.gil.ThreadExamples;
import picocli.CommandLine;

/** {@code ouroboros export --view gil|race|sync} renders the threads views of real runs to PNGs. */
class ThreadsExportTest extends FxTestBase {
    @TempDir
    Path dir;

    private Path export(String view, ThreadExamples example) throws IOException {
        Path program = dir.resolve(example.fileName());
        Files.writeString(program, example.source(), StandardCharsets.UTF_8);
        Path png = dir.resolve(view + ".png");
        int code = new CommandLine(new ExportCommand()).execute("--view", view, program.toString(), "--size", "800x500",
                "--out", png.toString());
        assertEquals(ExportCommand.OK, code, view);
        return png;
    }

    @Test
    void theThreeViewsAreRegistered() {
        assertTrue(ExportableViews.ids().containsAll(java.util.List.of("gil", "race", "sync")), ExportableViews.ids().toString());
    }

    @Test
    void rendersEachThreadsView() throws IOException {
        for (var export : java.util.Map.of("gil", ThreadExamples.CPU_BOUND, "race", ThreadExamples.RACE_SMALL,
                "sync", ThreadExamples.DOUBLE_ACQUIRE).entrySet()) {
            Path png = export(export.getKey(), export.getValue());
            var image = ImageIO.read(png.toFile());
            assertEquals(800, image.getWidth(), export.getKey());
            assertEquals(500, image.getHeight(), export.getKey());
        }
    }
}
