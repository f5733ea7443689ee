package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import picocli.CommandLine;

/**
 * {@code ouroboros export} run in-process: real programs rendered to PNGs of the asked size that
 * are not blank, and the errors a user can make, each with its message and exit code. (The FX
 * toolkit is already up, as in the app; the command then uses it and leaves it running.)
 */
class ExportCommandTest extends FxTestBase {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(String... args) {
        ExportCommand command = new ExportCommand();
        command.stdout = out;
        command.stderr = err;
        return new CommandLine(command).execute(args);
    }

    private Path program(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private Path lesson(String id) throws IOException {
        try (var in = getClass().getResourceAsStream("/org/ouroboros/ui/lessons/" + id + ".py")) {
            return program(id + ".py", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
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

    @Test
    void isRegisteredUnderTheRootCommand() {
        assertTrue(OuroborosCommand.commandLine().getSubcommands().containsKey("export"));
    }

    @Test
    void rendersTheDispatchViewAtTheAskedSizeAndScale() throws IOException {
        Path png = dir.resolve("out/dispatch.png");
        int code = export("--view", "dispatch", lesson("magic-methods").toString(), "--size", "800x500",
                "--scale", "2", "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        assertTrue(colours(image) > 20, "text and boxes, not a blank page: " + colours(image) + " colours");
        assertTrue(out.toString().contains("wrote "), out.toString());
    }

    @Test
    void rendersTheCreationViewInChineseOnTheDarkThemeAtAStep() throws IOException {
        Path png = dir.resolve("create.png");
        int code = export("--view", "create", lesson("metaclasses").toString(), "--lang", "zh", "--theme", "dark",
                "--step", "40", "--size", "900x600", "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(colours(image) > 20);
        assertTrue(out.toString().contains("step 40 of"), out.toString());
    }

    @Test
    void theMroViewSelectsTheClassAskedFor() throws IOException {
        Path png = dir.resolve("mro.png");
        assertEquals(ExportCommand.OK, export("--view", "mro", lesson("classes").toString(), "--class", "E",
                "--size", "900x700", "--out", png.toString()), err.toString());
        assertTrue(Files.size(png) > 1000);
        assertEquals(ExportCommand.NOT_IN_TRACE, export("--view", "mro", lesson("classes").toString(), "--class",
                "Nope", "--out", dir.resolve("none.png").toString()));
        assertTrue(err.toString().contains("--class Nope"), err.toString());
        assertTrue(Files.notExists(dir.resolve("none.png")));
    }

    @Test
    void anUnknownViewListsTheKnownOnes() throws IOException {
        assertEquals(ExportCommand.USAGE, export("--view", "nope", lesson("classes").toString(), "--out",
                dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("unknown view 'nope'; available: mro, dispatch, create"), err.toString());
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(ExportCommand.USAGE, export("--view", "dispatch", dir.resolve("missing.py").toString(), "--out",
                dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    @Test
    void aSyntaxErrorIsReportedWithLineAndColumn() throws IOException {
        Path bad = program("bad.py", "x = 1\nclass A(:\n    pass\n");
        assertEquals(ExportCommand.SYNTAX_ERROR, export("--view", "dispatch", bad.toString(), "--out",
                dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("bad.py:2:"), err.toString());
        assertTrue(err.toString().contains("SyntaxError"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path file = lesson("classes");
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file.toString(), "--lang", "fr", "--out", "x.png"));
        assertTrue(err.toString().contains("unknown --lang 'fr'"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file.toString(), "--step", "999999", "--out",
                "x.png"));
        assertTrue(err.toString().contains("--step 999999 is outside"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file.toString(), "--step", "3", "--last", "--out",
                "x.png"), "--step and --last exclude each other");
    }

    /** A program from the test resources ({@code seed/ch7_1.py}, {@code aio/…}) as a file. */
    private Path resource(String path) throws IOException {
        try (var in = getClass().getResourceAsStream("/" + path)) {
            return program(path.replace('/', '_'), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "--view io {0} --lang {1}")
    @CsvSource({"aio/ch6_select_callback_crawler.py, en", "aio/ch6_select_callback_crawler.py, zh",
        "aio/blocking_socket_and_urlopen.py, en", "aio/blocking_socket_and_urlopen.py, zh", "seed/ch7_1.py, en"})
    void rendersTheIoModelsViewOfAProgram(String path, String lang) throws IOException {
        Path png = dir.resolve("io-" + lang + ".png");
        int code = export("--view", "io", resource(path).toString(), "--lang", lang, "--size", "1000x640", "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(colours(image) > 20, "sections and text, not a blank page: " + colours(image) + " colours");
        assertTrue(out.toString().contains("view io"), out.toString());
    }

    /** The course's chapter 6 and 7 blocks as written (several end with an error: they are still rendered). */
    @ParameterizedTest(name = "--view {0} seed/{1}")
    @CsvSource({"loop, ch7_1", "loop, ch7_2", "loop, ch7_3", "loop, ch7_4", "loop, ch7_5",
        "gen, ch7_1", "gen, ch7_2", "gen, ch7_3", "gen, ch7_4", "gen, ch7_5",
        "gen, ch6_1", "gen, ch6_2", "gen, ch6_3", "loop, ch6_3", "io, ch6_1"})
    void rendersTheAsyncViewsOfTheSeedsChapterSixAndSevenBlocks(String view, String block) throws IOException {
        Path png = dir.resolve(view + "-" + block + ".png");
        int code = export("--view", view, resource("seed/" + block + ".py").toString(), "--size", "900x600",
                "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(colours(image) > 5, "not a blank page: " + colours(image) + " colours");
    }
}
