package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.export.ExportableViews;
import picocli.CommandLine;

/**
 * {@code ouroboros export --view loop|gen}: the event-loop and generator views render the
 * seed's asyncio and coroutine lessons headlessly to PNGs that are not blank.
 */
class AsyncExportTest extends FxTestBase {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theLoopAndGeneratorViewsAreExportable() {
        assertTrue(ExportableViews.ids().containsAll(java.util.List.of("loop", "gen")), ExportableViews.ids().toString());
    }

    @Test
    void exportsTheEventLoopOfTheAsyncioLesson() throws IOException {
        BufferedImage image = export("loop", "asyncio");
        assertEquals(1000, image.getWidth());
        assertEquals(640, image.getHeight());
        assertTrue(colours(image) > 20, "lanes and text, not a blank page: " + colours(image) + " colours");
    }

    @Test
    void exportsTheGeneratorsOfTheCoroutinesLessonInChinese() throws IOException {
        BufferedImage image = export("gen", "coroutines", "--lang", "zh");
        assertTrue(colours(image) > 20, "frames and text, not a blank page: " + colours(image) + " colours");
    }

    private BufferedImage export(String view, String lesson, String... more) throws IOException {
        Path program = dir.resolve(lesson + ".py");
        Files.writeString(program, org.ouroboros.SeedBlocks.lessonExample(lesson), java.nio.charset.StandardCharsets.UTF_8);
        Path png = dir.resolve(view + ".png");
        ExportCommand command = new ExportCommand();
        command.stdout = out;
        command.stderr = err;
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--view", view, program.toString(),
                "--size", "1000x640", "--out", png.toString()));
        args.addAll(java.util.List.of(more));
        int code = new CommandLine(command).execute(args.toArray(String[]::new));
        assertEquals(ExportCommand.OK, code, err.toString());
        assertTrue(Files.size(png) > 0);
        return ImageIO.read(png.toFile());
    }

    /** Distinct colours in a grid of samples: a blank image has one. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
