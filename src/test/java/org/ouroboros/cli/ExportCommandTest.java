package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ouroboros.cli.bench.FramePrograms;

/**
 * {@code ouroboros export} run in-process: real programs rendered to PNGs of the asked size that
 * are not blank, and the errors a user can make, each with its message and exit code. (The FX
 * toolkit is already up, as in the app; the command then uses it and leaves it running.)
 */
class ExportCommandTest extends ExportCommandTestBase {
    private Path program(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private Path lesson(String id) throws IOException {
        return program(id + ".py", org.ouroboros.SeedBlocks.lessonExample(id));
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

    /** {@code classes} classes, each deriving from an earlier one, and an instance of each: a graph of hundreds of nodes. */
    private Path bigHierarchy(int classes) throws IOException {
        StringBuilder source = new StringBuilder("class K0:\n    pass\n");
        for (int i = 1; i < classes; i++) {
            source.append("class K").append(i).append("(K").append((i - 1) / 2).append("):\n    pass\n");
        }
        source.append("xs = [");
        for (int i = 0; i < classes; i++) {
            source.append("K").append(i).append("(), ");
        }
        return program("big.py", source.append("]\n").toString());
    }

    /** What the export drew: scene-coordinate bounds of the nodes matching a selector in a region, and of the region. */
    private record Drawn(List<Bounds> items, Bounds area, Bounds legend, double legendFontSize) {
        Bounds union() {
            double minX = items.stream().mapToDouble(Bounds::getMinX).min().orElse(0);
            double minY = items.stream().mapToDouble(Bounds::getMinY).min().orElse(0);
            double maxX = items.stream().mapToDouble(Bounds::getMaxX).max().orElse(0);
            double maxY = items.stream().mapToDouble(Bounds::getMaxY).max().orElse(0);
            return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }
    }

    private Drawn drawn(Scene scene, String items, Node area, String legend) {
        List<Bounds> bounds = new ArrayList<>();
        for (Node n : area.lookupAll(items)) {
            if (n.isVisible()) {
                bounds.add(n.localToScene(n.getBoundsInLocal()));
            }
        }
        Node key = scene.getRoot().lookup(legend);
        Labeled text = key instanceof Labeled l ? l : (Labeled) ((Parent) key).lookup(".label");
        return new Drawn(bounds, area.localToScene(area.getLayoutBounds()), key.localToScene(key.getBoundsInLocal()),
                text.getFont().getSize());
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        double slack = 1;
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    @Test
    void aGraphOfHundredsOfNodesIsScaledWholeIntoThePicture() throws IOException {
        Path png = dir.resolve("graph.png");
        AtomicReference<Drawn> seen = new AtomicReference<>();
        ExportCommand command = command();
        command.rendered = scene -> seen.set(drawn(scene, ".graph-node", scene.getRoot().lookup(".graph-canvas"), "#graph-legend"));
        int code = export(command, "--view", "graph", bigHierarchy(150).toString(), "--lang", "zh",
                "--size", "1600x1000", "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        Drawn d = seen.get();
        assertTrue(d.items().size() > 150, "classes and instances drawn: " + d.items().size());
        Bounds picture = new BoundingBox(0, 0, 1600, 1000);
        assertTrue(inside(d.area(), picture), "the canvas is in the picture: " + d.area());
        for (Bounds node : d.items()) {
            assertTrue(inside(node, d.area()), "node " + node + " inside the canvas " + d.area());
        }
        // Fitted, not merely shrunk: the graph spans the canvas's width or its height.
        Bounds all = d.union();
        assertTrue(all.getWidth() > 0.8 * d.area().getWidth() || all.getHeight() > 0.8 * d.area().getHeight(),
                "graph " + all + " in canvas " + d.area());
        // The legend keeps presentation type (20 px base) above the scaled graph.
        assertTrue(inside(d.legend(), picture), "legend " + d.legend());
        assertTrue(d.legendFontSize() >= 18, "legend type " + d.legendFontSize());
        assertTrue(d.legend().getMaxY() <= d.area().getMinY() + 1, "legend above the graph");
    }

    @Test
    void theNamesBoardIsZoomedOutUntilItFitsThePicture() throws IOException {
        Path png = dir.resolve("names.png");
        AtomicReference<Drawn> seen = new AtomicReference<>();
        ExportCommand command = command();
        command.rendered = scene -> {
            ScrollPane scroll = (ScrollPane) scene.getRoot().lookup(".names-scroll");
            seen.set(drawn(scene, ".names-card", scroll.lookup(".viewport"), ".names-status"));
        };
        // 300 linked objects: a board about twice the picture's width and height (the view draws the
        // objects names reach, a few levels deep, and counts the rest).
        Path tree = program("tree.py", FramePrograms.objectGraph(300));
        int code = export(command, "--view", "names", tree.toString(), "--size", "1600x1000",
                "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        Drawn d = seen.get();
        assertTrue(d.items().size() > 10, "object cards drawn: " + d.items().size());
        for (Bounds card : d.items()) {
            assertTrue(inside(card, d.area()), "card " + card + " inside the visible board " + d.area());
        }
        assertTrue(d.legendFontSize() >= 18, "status type " + d.legendFontSize());
    }

    @Test
    void aBoardFarBiggerThanThePictureIsDrawnWholeBelowTheInteractiveZoomFloor() throws IOException {
        Path png = dir.resolve("names-small.png");
        AtomicReference<Drawn> seen = new AtomicReference<>();
        AtomicReference<Double> zoom = new AtomicReference<>();
        ExportCommand command = command();
        command.rendered = scene -> {
            ScrollPane scroll = (ScrollPane) scene.getRoot().lookup(".names-scroll");
            seen.set(drawn(scene, ".names-card", scroll.lookup(".viewport"), ".names-status"));
            zoom.set(scroll.getContent().prefWidth(-1) / ((javafx.scene.layout.Region) ((Parent) scroll.getContent())
                    .getChildrenUnmodifiable().get(0)).prefWidth(-1));
        };
        // 600 linked objects in a 640x400 picture: the board needs far less than the app's 30% floor.
        Path tree = program("tree.py", FramePrograms.objectGraph(600));
        int code = export(command, "--view", "names", tree.toString(), "--size", "640x400",
                "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        Drawn d = seen.get();
        assertTrue(zoom.get() < 0.3, "zoomed out past the interactive floor: " + zoom.get());
        assertTrue(d.items().size() > 10, "object cards drawn: " + d.items().size());
        for (Bounds card : d.items()) {
            assertTrue(inside(card, d.area()), "card " + card + " inside the visible board " + d.area());
        }
        // Fitted, not merely shrunk: the cards reach across most of the board's width or height.
        Bounds all = d.union();
        assertTrue(all.getWidth() > 0.6 * d.area().getWidth() || all.getHeight() > 0.6 * d.area().getHeight(),
                "cards " + all + " in the board " + d.area());
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

    /** A program from the test resources ({@code aio/…}) or the app's resources (a seed block) as a file. */
    private Path resource(String path) throws IOException {
        try (var in = getClass().getResourceAsStream("/" + path)) {
            return program(path.replace('/', '_'), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "--view io {0} --lang {1}")
    @CsvSource({"aio/ch6_select_callback_crawler.py, en", "aio/ch6_select_callback_crawler.py, zh",
        "aio/blocking_socket_and_urlopen.py, en", "aio/blocking_socket_and_urlopen.py, zh", "org/ouroboros/lessons/programs/ch7_1.py, en"})
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
        int code = export("--view", view, program(block + ".py", org.ouroboros.SeedBlocks.source(block + ".py")).toString(),
                "--size", "900x600",
                "--out", png.toString());
        assertEquals(ExportCommand.OK, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertTrue(colours(image) > 5, "not a blank page: " + colours(image) + " colours");
    }
}
