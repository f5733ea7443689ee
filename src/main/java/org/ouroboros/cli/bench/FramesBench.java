package org.ouroboros.cli.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.ExportOptions;
import org.ouroboros.ui.export.ExportableView;
import org.ouroboros.ui.export.ExportableViews;
import org.ouroboros.ui.export.HeadlessFx;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlaybackSpeed;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.player.TraceViewBinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench frames}: plays the trace of a large class hierarchy and of a large
 * object graph through each object-model view on the shared player and measures frame times
 * with an {@link javafx.animation.AnimationTimer} probe (60 fps means a frame every 16.7 ms).
 * Also reports where a frame's time goes: the view's own update, the FX thread's CSS and layout
 * pass, and the render thread's paint (with software rendering the next pulse waits for it).
 */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = "Frame times of the object-model views while the player plays a 200-class hierarchy "
                + "and a 2,000-object graph (p95 <= 16.7 ms is 60 fps).")
public final class FramesBench implements Callable<Integer> {
    static final double FRAME_BUDGET_MS = 1000.0 / 60;

    @Option(names = "--views", split = ",", defaultValue = "mro,dispatch,create,graph,names",
            description = "Views to measure, by export id (default ${DEFAULT-VALUE}; ids not available are skipped).")
    List<String> views;

    @Option(names = "--classes", defaultValue = "200", description = "Classes in the hierarchy (default ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--objects", defaultValue = "2000", description = "Objects in the graph (default ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--seconds", defaultValue = "4", description = "Playback time per run (default ${DEFAULT-VALUE}).")
    double seconds;

    /**
     * The unmeasured run before each measured one. As long as the measured run by default, so it plays
     * the same events: a shorter one plays only the last of them (the 200-class hierarchy's super() walk,
     * none of its merges), and the measured run then also timed the JIT compiling the merge steps' code,
     * with the compiler taking one of two cores.
     */
    @Option(names = "--warm-up", paramLabel = "SECONDS", description = "Playback time of the unmeasured warm-up run "
            + "before each measured run (default: --seconds, the same events; 1 = the last second's events only).")
    Double warmUp;

    @Option(names = "--display", description = "Use the real display (e.g. Xvfb via DISPLAY) instead of headless Monocle.")
    boolean display;

    @Option(names = "--stress", description = "Play the whole trace in --seconds (hundreds of events per frame) instead of "
            + "the app's fastest speed (8x, 32 events/s) over the end of the trace, where the views hold the most.")
    boolean stress;

    @Option(names = "--per-frame", paramLabel = "CSV",
            description = "Also write each measured frame (wall ms, FX cpu, CSS+layout cpu, paint cpu, update ms, position) to CSV.")
    java.nio.file.Path perFrame;

    /** The JIT compiler threads' priority during the run. */
    enum CompilerPriority { low, normal }

    @Option(names = "--compiler-priority", defaultValue = "low", paramLabel = "low|normal",
            description = "The JIT compiler threads' OS priority: low (nice 19, as the app sets it) or normal (the JVM's "
                    + "default, as a plain `java` process has it). Default ${DEFAULT-VALUE}.")
    CompilerPriority compilerPriority;

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    /** One measured run. */
    record Result(int events, int frames, double p50, double p95, double max, double cpuP95, double updateP95,
            double layoutP95, double paintP50, double paintP95, double workP95, List<String> rows) {
        /** The per-frame rows as CSV lines, each starting with {@code prefix}. */
        String timeline(String prefix) {
            StringBuilder csv = new StringBuilder();
            rows.forEach(row -> csv.append(prefix).append(',').append(row).append('\n'));
            return csv.toString();
        }
    }

    @Override
    public Integer call() throws Exception {
        int reniced = compilerPriority == CompilerPriority.low ? org.ouroboros.ui.CompilerThreadPriority.lower() : 0;
        boolean startedHere = HeadlessFx.start(!display);
        if (perFrame != null) {
            java.nio.file.Files.writeString(perFrame, "view,program,frame,frame_ms,fx_cpu_ms,layout_cpu_ms,paint_cpu_ms,update_ms,position\n");
        }
        try {
            Map<String, String> programs = new LinkedHashMap<>();
            programs.put(classes + "-class hierarchy", FramePrograms.hierarchy(classes, 42));
            programs.put(objects + "-object graph", FramePrograms.objectGraph(objects));
            double warm = warmUp == null ? seconds : warmUp;
            out.write(String.format(Locale.ROOT, "platform: %s, prism: %s; %.0f s playback per run after a %.0f s warm-up run%s; %s%n",
                    System.getProperty("glass.platform", "default (display)"), System.getProperty("prism.order", "default"),
                    seconds, warm, warm >= seconds ? " (the same events)" : "", stress ? "stress: the whole trace per run"
                            : "the app's fastest speed (8x = 32 events/s) over the last events of the trace"));
            out.write(String.format(Locale.ROOT, "load average %.1f on %d cores; JIT compiler threads: %s%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), reniced > 0
                            ? reniced + " at nice " + org.ouroboros.ui.CompilerThreadPriority.NICE + " (as in the app)"
                            : "the JVM's priority" + (compilerPriority == CompilerPriority.low ? " (renice failed or not Linux)" : "")));
            out.write(String.format(Locale.ROOT, "%-9s %-22s %7s %6s %8s %8s %8s %9s %10s %10s %9s %9s %9s %5s  %s%n", "view",
                    "program", "events", "frames", "p50 ms", "p95 ms", "max ms", "cpu p95", "update p95", "layout p95",
                    "paint p50", "paint p95", "work p95", "load", "60 fps?"));
            out.flush();
            boolean allFast = true;
            for (String id : views) {
                ExportableView exportable = ExportableViews.get(id);
                if (exportable == null) {
                    out.write(String.format("%-9s (not available in this build: skipped)%n", id));
                    out.flush();
                    continue;
                }
                for (var program : programs.entrySet()) {
                    Trace trace = TraceRuns.run(program.getValue(), "bench.py", exportable.traceLevel(), exportable.vmSettings()).trace();
                    measure(exportable, trace, warm);
                    Result r = measure(exportable, trace, seconds);
                    if (perFrame != null) {
                        java.nio.file.Files.writeString(perFrame, r.timeline(id + "," + program.getKey()),
                                java.nio.file.StandardOpenOption.APPEND);
                    }
                    boolean fast = r.p95() <= FRAME_BUDGET_MS;
                    allFast &= fast;
                    out.write(String.format(Locale.ROOT, "%-9s %-22s %7d %6d %8.2f %8.2f %8.2f %9.2f %10.2f %10.2f %9.2f %9.2f %9.2f %5.1f  %s%n",
                            id, program.getKey(), r.events(), r.frames(), r.p50(), r.p95(), r.max(), r.cpuP95(),
                            r.updateP95(), r.layoutP95(), r.paintP50(), r.paintP95(), r.workP95(), C10kViewBench.loadAverage(),
                            fast ? "yes" : "NO"));
                    out.flush();
                }
            }
            out.write("(frame = wall time between AnimationTimer pulses while the player plays; cpu = FX-thread CPU time per\n"
                    + " frame, which a loaded machine does not inflate; update = the view's show() per position change;\n"
                    + " layout = FX-thread CPU in the scene's CSS + layout pass; paint = render-thread CPU per frame\n"
                    + " (software rendering paints there, and the next pulse waits for it); work = FX-thread CPU + paint CPU of\n"
                    + " the same frame, what a frame costs on an idle machine (wall-clock frames also count waiting for a core,\n"
                    + " which on a loaded machine decides the p95); load = 1-min load average after the run;\n"
                    + " p95 <= 16.7 ms is 60 fps. The pulse timer fires every 16 ms (1000/60 rounded down), so a frame\n"
                    + " takes 16 ms, or 32 ms when its pulse missed: the p95 is 16 ms while fewer than 5% of the frames miss)\n");
            out.flush();
            return allFast ? 0 : 1;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private Result measure(ExportableView exportable, Trace trace, double playSeconds) throws InterruptedException {
        List<double[]> updates = new ArrayList<>();
        FrameProbe probe = new FrameProbe();
        LayoutPassProbe layout = new LayoutPassProbe(probe::count);
        RendererCpuProbe[] paint = new RendererCpuProbe[1];
        RenderSettings settings = new RenderSettings(1200, 760, ThemeChoice.LIGHT, Language.ENGLISH, false, 1);
        PlayerModel player = HeadlessFx.call(() -> {
            TraceView inner = exportable.create(new ExportOptions(Locale.ENGLISH, null));
            TraceView timed = new TimedView(inner, updates, probe::count);
            Stage stage = new Stage();
            stage.setScene(ViewRenderer.scene(inner, settings));
            stage.show();
            layout.attach(stage.getScene());
            // made once the stage shows: the render thread it looks for exists by then
            paint[0] = new RendererCpuProbe();
            PlayerModel model = stress
                    ? new PlayerModel(new org.ouroboros.ui.player.FxTicker(), Math.max(1, trace.size() / playSeconds))
                    : new PlayerModel();
            TraceViewBinding.bind(model, timed);
            model.setTrace(trace);
            if (!stress) {
                model.setSpeed(PlaybackSpeed.OCTUPLE);
                double perSecond = PlayerModel.DEFAULT_EVENTS_PER_SECOND * PlaybackSpeed.OCTUPLE.factor();
                model.seek(Math.max(-1, trace.size() - 1 - (int) (perSecond * playSeconds)));
            }
            probe.start();
            paint[0].start();
            model.play();
            stage.setUserData(model);
            return model;
        });
        long deadline = System.nanoTime() + (long) ((playSeconds * 3 + 5) * 1e9);
        while (HeadlessFx.call(player::isPlaying) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        HeadlessFx.call(() -> {
            probe.stop();
            paint[0].stop();
            player.pause();
            new ArrayList<>(javafx.stage.Window.getWindows()).forEach(w -> {
                if (w instanceof Stage s && s.getUserData() == player) {
                    layout.detach(s.getScene());
                    s.hide();
                }
            });
            return null;
        });
        List<Double> frames = probe.frames();
        List<Double> updateMillis = updates.stream().map(u -> u[1]).toList();
        List<Double> fxCpu = probe.cpu();
        List<Double> paintCpu = paint[0].cpu();
        List<Double> work = new ArrayList<>(fxCpu.size());
        for (int i = 0; i < fxCpu.size(); i++) {
            work.add(fxCpu.get(i) + (i < paintCpu.size() ? paintCpu.get(i) : 0));
        }
        return new Result(trace.size(), frames.size(), FrameProbe.percentile(frames, 50),
                FrameProbe.percentile(frames, 95), frames.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                FrameProbe.percentile(probe.cpu(), 95), FrameProbe.percentile(updateMillis, 95),
                FrameProbe.percentile(layout.cpu(), 95), FrameProbe.percentile(paint[0].cpu(), 50),
                FrameProbe.percentile(paintCpu, 95), FrameProbe.percentile(work, 95), rows(frames, fxCpu, layout, paintCpu, updates));
    }

    /**
     * One CSV row per frame. Frame {@code i} is the time from the probe's pulse {@code i} to the next;
     * the FX CPU, the CSS + layout pass and the view updates of pulse {@code i} and the render
     * thread's CPU until the next pulse (painting pulse {@code i}) are what it waited for.
     */
    private static List<String> rows(List<Double> frames, List<Double> cpu, LayoutPassProbe layout, List<Double> paint,
            List<double[]> updates) {
        int n = frames.size();
        double[] layoutOf = new double[n + 1];
        double[] updateOf = new double[n + 1];
        int[] positionOf = new int[n + 1];
        java.util.Arrays.fill(positionOf, Integer.MIN_VALUE);
        List<Double> passes = layout.cpu();
        List<Integer> passFrames = layout.frames();
        for (int k = 0; k < passes.size(); k++) {
            int f = passFrames.get(k);
            if (f <= n) {
                layoutOf[f] += passes.get(k);
            }
        }
        for (double[] u : updates) {
            int f = (int) u[0];
            if (f <= n) {
                updateOf[f] += u[1];
                positionOf[f] = (int) u[2];
            }
        }
        List<String> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.3f,%s", i, frames.get(i), cpu.get(i),
                    layoutOf[i], i < paint.size() ? paint.get(i) : Double.NaN, updateOf[i],
                    positionOf[i] == Integer.MIN_VALUE ? "" : String.valueOf(positionOf[i])));
        }
        return rows;
    }

    /** Times each {@link TraceView#show} of the view it wraps. */
    private record TimedView(TraceView inner, List<double[]> updates, java.util.function.IntSupplier frame) implements TraceView {
        @Override
        public javafx.scene.Node node() {
            return inner.node();
        }

        @Override
        public void show(Trace trace, int position) {
            long start = System.nanoTime();
            inner.show(trace, position);
            updates.add(new double[] {frame.getAsInt(), (System.nanoTime() - start) / 1e6, position});
        }
    }
}
