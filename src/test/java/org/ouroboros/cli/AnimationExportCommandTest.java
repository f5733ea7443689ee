package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.export.GifFrames;
import org.ouroboros.ui.export.TraceRuns;

/**
 * {@code ouroboros export --gif / --png-seq}: a real program's steps as an animated GIF (read back
 * with ImageIO: frame count, delay, loop) or as numbered PNGs, and clear errors for bad ranges.
 */
class AnimationExportCommandTest extends ExportCommandTestBase {
    private static final String PROGRAM = """
            class A:
                pass
            class B(A):
                pass
            class C(A):
                pass
            class D(B, C):
                pass
            print(D.__mro__)
            """;

    private Path program() throws IOException {
        Path file = dir.resolve("diamond.py");
        Files.writeString(file, PROGRAM, StandardCharsets.UTF_8);
        return file;
    }

    private static int traceSize() {
        return TraceRuns.run(PROGRAM, "diamond.py", ExportableViews.get("mro").traceLevel()).trace().size();
    }

    @Test
    void aGifOfARangeHasOneFramePerChosenStepAndTheAskedDelay() throws IOException {
        Path gif = dir.resolve("out/mro.gif");
        int code = export("--view", "mro", program().toString(), "--gif", gif.toString(), "--from", "2", "--to", "9",
                "--every", "3", "--delay", "400", "--size", "400x300");

        assertEquals(ExportCommand.OK, code, err.toString());
        GifFrames frames = GifFrames.read(gif);
        assertEquals(4, frames.images().size(), "steps 2, 5, 8 and the last, 9");
        assertEquals(List.of(400, 400, 400, 400), frames.delaysMillis());
        assertTrue(frames.loopsForever());
        assertEquals(400, frames.images().get(0).getWidth());
        assertEquals(300, frames.images().get(0).getHeight());
        assertTrue(out.toString().contains("4 frames: steps 2..9 every 3, 400 ms a frame"), out.toString());
    }

    @Test
    void withoutARangeTheGifRunsFromBeforeTheFirstEventToTheLast() throws IOException {
        Path gif = dir.resolve("whole.gif");
        int code = export("--view", "mro", program().toString(), "--gif", gif.toString(), "--every", "10",
                "--size", "300x200", "--scale", "0.5");

        assertEquals(ExportCommand.OK, code, err.toString());
        int size = traceSize();
        int expected = size / 10 + (size % 10 == 0 ? 1 : 2);
        GifFrames frames = GifFrames.read(gif);
        assertEquals(expected, frames.images().size());
        assertEquals(List.of(250), frames.delaysMillis().stream().distinct().toList(), "the default delay");
        assertEquals(150, frames.images().get(0).getWidth(), "the scale applies to each frame");
    }

    @Test
    void aPngSequenceIsNamedAfterTheProgramAndNumberedFromOne() throws IOException {
        Path folder = dir.resolve("frames");
        int code = export("--view", "mro", program().toString(), "--png-seq", folder.toString(), "--from", "0", "--to",
                "4", "--size", "300x200");

        assertEquals(ExportCommand.OK, code, err.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("diamond-0001.png", "diamond-0002.png", "diamond-0003.png", "diamond-0004.png",
                    "diamond-0005.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRangePastTheTraceIsAUsageErrorThatSaysHowLongTheTraceIs() throws IOException {
        Path gif = dir.resolve("bad.gif");
        int size = traceSize();
        int code = export("--view", "mro", program().toString(), "--gif", gif.toString(), "--to", "100000");

        assertEquals(ExportCommand.USAGE, code);
        assertTrue(err.toString().contains("0 <= from <= to <= " + size), err.toString());
        assertTrue(err.toString().contains("this trace has " + size + " events"), err.toString());
        assertFalse(Files.exists(gif));
    }

    @Test
    void aBackwardRangeABadStepAndABadDelayAreRefused() throws IOException {
        String file = program().toString();
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--gif", dir.resolve("a.gif").toString(),
                "--from", "5", "--to", "2"));
        assertTrue(err.toString().contains("--from 5 --to 2 is not a range of steps"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--gif", dir.resolve("b.gif").toString(),
                "--every", "0"));
        assertTrue(err.toString().contains("--every must be at least 1"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--gif", dir.resolve("c.gif").toString(),
                "--delay", "5"));
        assertTrue(err.toString().contains("--delay must be between 10 and 655350 ms"), err.toString());
    }

    @Test
    void exactlyOneOutputAndNoRangeForASinglePicture() throws IOException {
        String file = program().toString();
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file));
        assertTrue(err.toString().contains("name one output"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--out", dir.resolve("x.png").toString(),
                "--gif", dir.resolve("x.gif").toString()));
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--out", dir.resolve("y.png").toString(),
                "--from", "3"));
        assertTrue(err.toString().contains("use them with --gif or --png-seq"), err.toString());
        assertEquals(ExportCommand.USAGE, export("--view", "mro", file, "--gif", dir.resolve("z.gif").toString(),
                "--step", "3"));
        assertTrue(err.toString().contains("an animation takes --from and --to"), err.toString());
    }
}
