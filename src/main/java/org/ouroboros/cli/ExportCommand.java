package org.ouroboros.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.Scene;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.AnimatedGifWriter;
import org.ouroboros.ui.export.AnimationExporter;
import org.ouroboros.ui.export.ExportOptions;
import org.ouroboros.ui.export.ExportProgress;
import org.ouroboros.ui.export.FrameRange;
import org.ouroboros.ui.export.FrameSink;
import org.ouroboros.ui.export.Handout;
import org.ouroboros.ui.export.HandoutFonts;
import org.ouroboros.ui.export.LessonHandout;
import org.ouroboros.ui.export.PdfHandoutWriter;
import org.ouroboros.ui.export.PngSequenceWriter;
import org.ouroboros.ui.export.ViewFrames;
import org.ouroboros.ui.export.ExportableView;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.export.HeadlessFx;
import org.ouroboros.ui.export.PngExporter;
import org.ouroboros.ui.export.ProgramTrace;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.ui.model.ThemeChoice;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ouroboros export --view ID FILE.py --out OUT.png}: runs FILE.py on the VM at the trace
 * level the view needs, builds the view headlessly (Monocle, software rendering), moves it to a
 * step, and writes a PNG, for slides and for checks.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run FILE.py and render one view of its trace to a PNG, without a display,",
            "or a range of its steps to an animated GIF (--gif) or numbered PNGs (--png-seq);",
            "or a lesson's steps to a PDF handout (--lesson ID --pdf OUT.pdf)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the PNG (GIF, PNG sequence) was written (a program that raised is still rendered; its error goes to stderr)",
            "1:the options do not fit this program (e.g. no class of that name)",
            "2:bad usage: unknown view, missing file, bad option",
            "3:FILE.py has a syntax error (reported as FILE:line:col)",
            "4:rendering or writing the PNG failed"})
public final class ExportCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int NOT_IN_TRACE = 1;
    public static final int USAGE = 2;
    public static final int SYNTAX_ERROR = 3;
    public static final int RENDER_FAILED = 4;
    /** Frames one animation may have: a long trace is stepped through with --every. */
    public static final int MAX_FRAMES = 5000;
    static final List<String> LESSONS = List.of("objects", "magic-methods", "classes", "metaclasses", "threads",
            "coroutines", "asyncio");

    @Option(names = "--view", paramLabel = "ID",
            description = "The view: mro, dispatch, create, graph, names, … (see the list on an unknown id).")
    String view;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.py", description = "The Python program to run.")
    Path file;

    @Option(names = "--class", paramLabel = "NAME", description = "The class to show (mro view).")
    String className;

    @ArgGroup(exclusive = true)
    Position position;

    static final class Position {
        @Option(names = "--step", paramLabel = "N", description = "Show the state after N trace events (0: before the first).")
        Integer step;

        @Option(names = "--last", description = "Show the state after the last event (the default).")
        boolean last;
    }

    @Option(names = "--out", paramLabel = "OUT.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--gif", paramLabel = "OUT.gif",
            description = "Write an animated GIF of the steps --from..--to instead of one PNG.")
    Path gif;

    @Option(names = "--png-seq", paramLabel = "DIR",
            description = "Write the steps --from..--to as numbered PNGs (FILE-0001.png, …) into DIR.")
    Path pngSequence;

    @Option(names = "--lesson", paramLabel = "ID",
            description = "With --pdf: a handout of this lesson (objects, magic-methods, classes, …), no FILE.py.")
    String lesson;

    @Option(names = "--pdf", paramLabel = "OUT.pdf",
            description = "Write the lesson's handout: each step's title, text and the picture of its view.")
    Path pdf;

    @Option(names = "--font", paramLabel = "FILE.ttf|.ttc",
            description = "The handout's font (default: a Chinese-capable system font such as WenQuanYi Micro Hei).")
    Path font;

    @Option(names = "--from", paramLabel = "N", description = "First step of an animation (default 0: before the first event).")
    Integer from;

    @Option(names = "--to", paramLabel = "M", description = "Last step of an animation (default: the trace's last).")
    Integer to;

    @Option(names = "--every", defaultValue = "1", paramLabel = "K",
            description = "Animate every K-th step (the last step is always included; default ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--delay", defaultValue = "250", paramLabel = "MS",
            description = "How long each GIF frame shows, in ms (GIF keeps hundredths; default ${DEFAULT-VALUE}).")
    int delay;

    @Option(names = "--scale", defaultValue = "1", description = "Pixel scale of the snapshot (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh", description = "Language (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|contrast",
            description = "Theme (default ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--size", defaultValue = "1600x1000", paramLabel = "WxH",
            description = "View size before scaling (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--presentation", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Presentation type, 20 px base (default on; --no-presentation for the desk size).")
    boolean presentation;

    Writer stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Writer stderr = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    /** Sees the scene once it is snapshotted, on the FX thread (tests look at what was drawn). */
    Consumer<Scene> rendered = scene -> { };

    @Override
    public Integer call() throws IOException {
        if (lesson != null || pdf != null) {
            return handout();
        }
        if (view == null || file == null) {
            return fail(USAGE, "name a view and a program: --view ID FILE.py (or --lesson ID --pdf OUT.pdf)");
        }
        ExportableView exportable = ExportableViews.get(view);
        if (exportable == null) {
            return fail(USAGE, "unknown view '" + view + "'; available: " + String.join(", ", ExportableViews.ids()));
        }
        boolean animated = gif != null || pngSequence != null;
        int outputs = (out != null ? 1 : 0) + (gif != null ? 1 : 0) + (pngSequence != null ? 1 : 0);
        if (outputs != 1) {
            return fail(USAGE, "name one output: --out OUT.png, --gif OUT.gif or --png-seq DIR");
        }
        if (!animated && (from != null || to != null)) {
            return fail(USAGE, "--from and --to choose the steps of an animation: use them with --gif or --png-seq");
        }
        if (animated && position != null) {
            return fail(USAGE, "--step and --last choose one picture: an animation takes --from and --to");
        }
        RenderSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            return fail(USAGE, e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            return fail(USAGE, "no such file: " + file);
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return fail(USAGE, file + " is not UTF-8 text");
        }
        ProgramTrace run = TraceRuns.run(source, file.toString(), exportable.traceLevel(), exportable.vmSettings());
        if (!run.compiled()) {
            PySyntaxError e = run.syntaxError();
            return fail(SYNTAX_ERROR, file + ":" + e.line() + ":" + e.col() + ": " + e.kind().name() + ": " + e.msg());
        }
        if (!run.errorText().isEmpty()) {
            stderr.write("note: the program ended with an error; rendering its trace up to there:\n" + run.errorText());
            stderr.flush();
        }
        Trace trace = run.trace();
        if (animated) {
            return animate(exportable, trace, settings, source);
        }
        int at = position != null && position.step != null ? position.step - 1 : trace.size() - 1;
        if (at < -1 || at >= trace.size()) {
            return fail(USAGE, "--step " + position.step + " is outside 0.." + trace.size() + " (this trace has "
                    + trace.size() + " events)");
        }
        boolean startedHere = HeadlessFx.start();
        try {
            return render(exportable, run.trace(), at, settings, source);
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private int render(ExportableView exportable, Trace trace, int at, RenderSettings settings, String source) {
        ExportOptions options = new ExportOptions(settings.language().locale(), className, source);
        try {
            WritableImage image = HeadlessFx.call(() -> {
                Optional<ViewFrames> frames = ViewFrames.create(exportable, options, trace, settings);
                if (frames.isEmpty()) {
                    return null;
                }
                WritableImage snapshot = frames.get().frame(at);
                rendered.accept(frames.get().scene());
                return snapshot;
            });
            if (image == null) {
                return fail(NOT_IN_TRACE, "the " + view + " view has nothing for --class " + className + " in " + file);
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PngExporter.write(image, out);
            stdout.write(String.format(Locale.ROOT, "wrote %s (%d×%d px, view %s, step %d of %d)%n", out,
                    (int) image.getWidth(), (int) image.getHeight(), view, at + 1, trace.size()));
            stdout.flush();
            return OK;
        } catch (IOException | RuntimeException e) {
            return fail(RENDER_FAILED, "could not render or write " + out + ": " + e.getMessage());
        }
    }

    /** The steps --from..--to, every --every-th, as a GIF or a PNG sequence. */
    private int animate(ExportableView exportable, Trace trace, RenderSettings settings, String source) {
        int first = from == null ? 0 : from;
        int last = to == null ? trace.size() : to;
        if (first < 0 || last > trace.size() || first > last) {
            return fail(USAGE, "--from " + first + " --to " + last + " is not a range of steps: use 0 <= from <= to <= "
                    + trace.size() + " (this trace has " + trace.size() + " events)");
        }
        if (every < 1) {
            return fail(USAGE, "--every must be at least 1, not " + every);
        }
        if (delay < 10 || delay > 655_350) {
            return fail(USAGE, "--delay must be between 10 and 655350 ms, not " + delay);
        }
        // Steps count applied events; the player's positions start at -1 (no event applied).
        FrameRange range = new FrameRange(first - 1, last - 1, every);
        if (range.count() > MAX_FRAMES) {
            return fail(USAGE, "steps " + first + ".." + last + " make " + range.count() + " frames; at most " + MAX_FRAMES
                    + " per export: use --every " + ((last - first) / MAX_FRAMES + 1) + " or a shorter range");
        }
        ExportOptions options = new ExportOptions(settings.language().locale(), className, source);
        boolean startedHere = HeadlessFx.start();
        try {
            Optional<ViewFrames> frames = HeadlessFx.call(() -> ViewFrames.create(exportable, options, trace, settings));
            if (frames.isEmpty()) {
                return fail(NOT_IN_TRACE, "the " + view + " view has nothing for --class " + className + " in " + file);
            }
            FrameSink sink = gif != null ? new AnimatedGifWriter(gif, delay) : new PngSequenceWriter(pngSequence, stem(file));
            Path written = new AnimationExporter().export(frames.get(), range, sink, ExportProgress.NONE, () -> false);
            String timing = gif != null ? String.format(Locale.ROOT, ", %d ms a frame", ((AnimatedGifWriter) sink).delayMillis()) : "";
            stdout.write(String.format(Locale.ROOT, "wrote %s (%d frames: steps %d..%d every %d%s, view %s)%n", written,
                    range.count(), first, last, every, timing, view));
            stdout.flush();
            return OK;
        } catch (IOException | RuntimeException e) {
            return fail(RENDER_FAILED, "could not render or write " + (gif != null ? gif : pngSequence) + ": " + e.getMessage());
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** --lesson ID --pdf OUT.pdf: the lesson's steps as a printable handout. */
    private int handout() throws IOException {
        if (lesson == null || pdf == null) {
            return fail(USAGE, "a handout needs both --lesson ID and --pdf OUT.pdf");
        }
        if (view != null || file != null || out != null || gif != null || pngSequence != null) {
            return fail(USAGE, "--lesson makes a handout from the lesson's own programs and views: leave out --view, "
                    + "FILE.py, --out, --gif and --png-seq");
        }
        RenderSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            return fail(USAGE, e.getMessage());
        }
        if (new LessonStepsLoader().load(lesson).isEmpty()) {
            return fail(USAGE, "no lesson '" + lesson + "' with steps; lessons: " + String.join(", ", LESSONS));
        }
        if (font != null && !Files.isRegularFile(font)) {
            return fail(USAGE, "no such font file: " + font);
        }
        boolean startedHere = HeadlessFx.start();
        try {
            Handout handout = LessonHandout.build(lesson, settings, step -> { });
            try (HandoutFonts fonts = HandoutFonts.find(font != null ? List.of(font) : HandoutFonts.SYSTEM_CANDIDATES,
                    handout.allText())) {
                new PdfHandoutWriter().write(handout, fonts, pdf);
                stdout.write(String.format(Locale.ROOT, "wrote %s (lesson %s, %d steps, %s, font %s)%n", pdf, lesson,
                        handout.steps().size(), settings.language().tag(), fonts.file()));
                stdout.flush();
            }
            return OK;
        } catch (IOException | RuntimeException e) {
            return fail(RENDER_FAILED, "could not write the handout " + pdf + ": " + e.getMessage());
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private RenderSettings settings() {
        Language language = switch (lang) {
            case "en" -> Language.ENGLISH;
            case "zh", "zh_CN", "zh-CN" -> Language.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("unknown --lang '" + lang + "'; use en or zh");
        };
        ThemeChoice choice = switch (theme) {
            case "light" -> ThemeChoice.LIGHT;
            case "dark" -> ThemeChoice.DARK;
            case "contrast", "high-contrast" -> ThemeChoice.HIGH_CONTRAST;
            default -> throw new IllegalArgumentException("unknown --theme '" + theme + "'; use light, dark or contrast");
        };
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0].trim());
            height = Integer.parseInt(wh[1].trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--size must look like 1600x1000, not '" + size + "'");
        }
        if (width < 100 || height < 100 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("--size must be between 100x100 and 8000x8000");
        }
        if (!(scale > 0) || scale > 4) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 4");
        }
        return new RenderSettings(width, height, choice, language, presentation, scale);
    }

    private int fail(int code, String message) {
        try {
            stderr.write("ouroboros export: " + message + "\n");
            stderr.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return code;
    }
}
