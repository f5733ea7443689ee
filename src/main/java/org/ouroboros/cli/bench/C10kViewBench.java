package org.ouroboros.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.ouroboros.aio.lab.C10kLab;
import org.ouroboros.aio.lab.LabPhase;
import org.ouroboros.aio.lab.LabSample;
import org.ouroboros.aio.lab.ServerKind;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.export.HeadlessFx;
import org.ouroboros.ui.export.PngExporter;
import org.ouroboros.ui.export.RenderSettings;
import org.ouroboros.ui.export.TraceRuns;
import org.ouroboros.ui.export.ViewRenderer;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.c10k.C10kView;
import org.ouroboros.ui.view.c10k.LabLoopLink;
import org.ouroboros.ui.view.loop.LoopView;
import org.ouroboros.vm.interp.TraceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench c10k-view}: the event-loop view and the C10K view on one stage, as in the
 * app, while the lab ramps up to 10,000 loopback connections against its event-loop server
 * (clients in a child JVM when both ends do not fit the descriptor limit) and holds them.
 * Frame times come from an {@link javafx.animation.AnimationTimer} ({@link FrameProbe}), per
 * phase: idle before the lab, ramp-up, hold. The goal is 55 fps: p95 frame at most 18.2 ms.
 */
@Command(name = "c10k-view", mixinStandardHelpOptions = true,
        description = "Frame times of the event-loop and C10K views while the C10K lab ramps up to --conns connections "
                + "and holds them (goal: p95 frame <= 18.2 ms, 55 fps, in ramp-up and hold).")
public final class C10kViewBench implements Callable<Integer> {
    static final double GOAL_FPS = 55;
    static final double FRAME_BUDGET_MS = 1000.0 / GOAL_FPS;
    static final long WARM_UP_MILLIS = 1_500;

    @Option(names = "--conns", defaultValue = "10000", description = "Connections to ramp up to (default ${DEFAULT-VALUE}).")
    int conns;

    @Option(names = "--ramp", defaultValue = "2000", description = "Connections opened per second (default ${DEFAULT-VALUE}).")
    int ramp;

    @Option(names = "--think", defaultValue = "1000",
            description = "Milliseconds between a client's requests (default ${DEFAULT-VALUE}: 10,000 requests/s at 10,000 connections).")
    int think;

    @Option(names = "--hold", defaultValue = "10", description = "Seconds measured once every connection is held (default ${DEFAULT-VALUE}).")
    double hold;

    @Option(names = "--idle", defaultValue = "3", description = "Seconds measured before the lab starts (default ${DEFAULT-VALUE}).")
    double idle;

    @Option(names = "--size", defaultValue = "1600x1000", description = "Stage size (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--display", description = "Use the real display (e.g. Xvfb via DISPLAY) instead of headless Monocle.")
    boolean display;

    @Option(names = "--timeline", description = "Also print each phase second by second (where the slow frames are).")
    boolean timeline;

    @Option(names = "--shot", paramLabel = "PNG", description = "Also save the stage as it looks at the end of the hold.")
    Path shot;

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    /** Frames of one phase, with the load average and connections held at its end. */
    record Phase(String name, double seconds, List<Double> frames, List<Double> cpu, List<Double> renderCpu, int held,
            double load, double processCores, double childCores) {
        double meanFps() {
            return frames.isEmpty() ? Double.NaN : frames.size() / (frames.stream().mapToDouble(Double::doubleValue).sum() / 1000);
        }

        double p95() {
            return FrameProbe.percentile(frames, 95);
        }

        boolean meetsGoal() {
            return !frames.isEmpty() && p95() <= FRAME_BUDGET_MS;
        }
    }

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        RenderSettings settings = new RenderSettings(Integer.parseInt(wh[0].trim()), Integer.parseInt(wh[1].trim()),
                ThemeChoice.LIGHT, Language.ENGLISH, false, 1);
        if (!display && System.getProperty("headless.geometry") == null) {
            // Monocle's headless screen is 1280x800 unless told: a larger stage would not fit its frame buffer.
            System.setProperty("headless.geometry", settings.width() + "x" + settings.height() + "-32");
        }
        boolean startedHere = HeadlessFx.start(!display);
        Stage stage = null;
        C10kView lab = null;
        try {
            out.write(String.format(Locale.ROOT, "platform: %s, prism: %s; stage %dx%d: event-loop view | C10K view%n",
                    System.getProperty("glass.platform", "default (display)"), System.getProperty("prism.order", "default"),
                    settings.width(), settings.height()));
            out.write(String.format(Locale.ROOT, "lab: event-loop server, %,d connections at %,d/s, a request every %d ms "
                    + "per connection; open-files limit %d%n", conns, ramp, think, FdLimit.soft()));
            out.flush();
            Trace lesson = lessonTrace();
            FrameProbe probe = new FrameProbe();
            RendererCpuProbe render = HeadlessFx.call(RendererCpuProbe::new);
            Views views = HeadlessFx.call(() -> Views.open(lesson, settings, conns, ramp, think, probe, render));
            stage = views.stage();
            lab = views.lab();
            C10kView labView = lab;

            // the first frames lay out and paint the whole stage: not what the idle phase is about
            Thread.sleep(WARM_UP_MILLIS);
            Phase idlePhase = measure("idle", probe, render, idle, () -> false, labView);
            HeadlessFx.call(() -> {
                labView.start();
                return null;
            });
            double rampLimit = conns / (double) ramp * 3 + 30;
            Phase rampPhase = measure("ramp-up", probe, render, rampLimit, () -> reached(labView), labView);
            boolean held = reached(labView);
            Phase holdPhase = measure("hold", probe, render, hold, () -> false, labView);
            if (shot != null) {
                Stage shown = stage;
                var image = HeadlessFx.call(() -> PngExporter.snapshot(shown.getScene().getRoot(), 1));
                PngExporter.write(image, shot);
            }
            C10kLab running = HeadlessFx.call(() -> labView.labProperty().get());
            boolean child = running != null && running.childProcess();
            boolean followed = HeadlessFx.call(views.loop()::followingLab);

            long stopStart = System.nanoTime();
            HeadlessFx.call(() -> {
                labView.stop();
                return null;
            });
            waitUntil(() -> !HeadlessFx.call(labView::running), 30);
            double stopSeconds = (System.nanoTime() - stopStart) / 1e9;
            LabSample last = HeadlessFx.call(labView::latest);
            long children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();

            report(List.of(idlePhase, rampPhase, holdPhase));
            if (timeline) {
                for (Phase p : List.of(idlePhase, rampPhase, holdPhase)) {
                    timeline(p);
                }
            }
            out.write(String.format(Locale.ROOT, "ramp-up %s; clients in %s; event-loop view followed the lab: %s%n",
                    held ? "reached " + String.format(Locale.ROOT, "%,d", conns) + " held" : "DID NOT reach the target in "
                            + String.format(Locale.ROOT, "%.0f s", rampLimit), child ? "a child JVM" : "this JVM",
                    followed ? "yes" : "NO"));
            out.write(String.format(Locale.ROOT, "clean-up: stopped in %.1f s; server holds %d, phase %s; child processes "
                    + "left: %d%n", stopSeconds, last == null ? -1 : last.serverHeld(), last == null ? "?" : last.phase(), children));
            out.write("(frame = wall time between AnimationTimer pulses; fps mean = frames / seconds, fps p95 = 1000 / p95;\n"
                    + " cpu = FX-thread CPU per frame, which a loaded machine does not inflate; paint = the render thread's\n"
                    + " CPU per frame (software rendering paints there; the next pulse waits for it); jvm / child = cores busy\n"
                    + " in this JVM (views, server, GC) and in the clients' child JVM; load = 1-min load average\n"
                    + " at the end of the phase; goal: p95 <= 18.2 ms (55 fps) in ramp-up and hold)\n");
            out.flush();
            return rampPhase.meetsGoal() && holdPhase.meetsGoal() && held ? 0 : 1;
        } finally {
            if (lab != null) {
                lab.dispose();
            }
            Stage shown = stage;
            if (shown != null) {
                HeadlessFx.call(() -> {
                    shown.hide();
                    return null;
                });
            }
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** The asyncio lesson's trace, so the loop view's lanes hold what they hold in the app. */
    private static Trace lessonTrace() throws IOException {
        try (var in = C10kViewBench.class.getResourceAsStream("/org/ouroboros/lessons/programs/asyncio-example.py")) {
            String source = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TraceRuns.run(source, "asyncio.py", TraceLevel.COARSE, UnaryOperator.identity()).trace();
        }
    }

    private static boolean reached(C10kView view) {
        LabSample s = HeadlessFx.call(view::latest);
        return s != null && (s.phase() == LabPhase.HOLDING || s.phase() == LabPhase.LIMITED || s.phase() == LabPhase.STOPPED);
    }

    /** Frames from now until {@code done} or {@code seconds} pass. */
    private Phase measure(String name, FrameProbe probe, RendererCpuProbe render, double seconds, BooleanSupplier done,
            C10kView lab) throws InterruptedException {
        int from = HeadlessFx.call(() -> probe.frames().size());
        int renderFrom = HeadlessFx.call(() -> render.cpu().size());
        long processCpuStart = processCpuNanos();
        long childCpuStart = childCpuNanos();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end && !done.getAsBoolean()) {
            Thread.sleep(50);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double processCores = (processCpuNanos() - processCpuStart) / 1e9 / elapsed;
        double childCores = (childCpuNanos() - childCpuStart) / 1e9 / elapsed;
        List<Double> frames = HeadlessFx.call(probe::frames);
        List<Double> cpu = HeadlessFx.call(probe::cpu);
        List<Double> renderCpu = HeadlessFx.call(render::cpu);
        LabSample s = HeadlessFx.call(lab::latest);
        return new Phase(name, elapsed, List.copyOf(frames.subList(from, frames.size())),
                List.copyOf(cpu.subList(from, cpu.size())), List.copyOf(renderCpu.subList(renderFrom, renderCpu.size())),
                s == null ? 0 : s.serverHeld(), loadAverage(), processCores, childCores);
    }

    private void report(List<Phase> phases) throws IOException {
        out.write(String.format(Locale.ROOT, "%-8s %6s %6s %8s %7s %7s %7s %7s %8s %8s %9s %7s %6s %5s %5s  %s%n", "phase",
                "secs", "frames", "fps mean", "p50 ms", "p95 ms", "max ms", "fps p95", "cpu p50", "cpu p95", "paint p95", "held",
                "load", "jvm", "child", "55 fps?"));
        for (Phase p : phases) {
            double p95 = p.p95();
            out.write(String.format(Locale.ROOT, "%-8s %6.1f %6d %8.1f %7.2f %7.2f %7.2f %7.1f %8.2f %8.2f %9.2f %7d %6.2f %5.2f %5.2f  %s%n",
                    p.name(), p.seconds(), p.frames().size(), p.meanFps(), FrameProbe.percentile(p.frames(), 50), p95,
                    p.frames().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), 1000 / p95,
                    FrameProbe.percentile(p.cpu(), 50), FrameProbe.percentile(p.cpu(), 95),
                    FrameProbe.percentile(p.renderCpu(), 95), p.held(), p.load(), p.processCores(), p.childCores(),
                    p.meetsGoal() ? "yes" : "NO"));
        }
        out.flush();
    }

    /** CPU time of this JVM (views, FX and render threads, the echo server, the sampler, GC). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** CPU time of the child processes (the lab's clients when they run in a child JVM). */
    private static long childCpuNanos() {
        return ProcessHandle.current().children()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** The phase in one-second slices: frames, p95, frames over the budget, the costliest FX and render frame. */
    private void timeline(Phase p) throws IOException {
        out.write(String.format(Locale.ROOT, "%s, second by second: frames, p95 ms, frames > %.1f ms, max FX cpu ms, max paint ms%n",
                p.name(), FRAME_BUDGET_MS));
        double elapsed = 0;
        int from = 0;
        int second = 0;
        for (int i = 0; i < p.frames().size(); i++) {
            elapsed += p.frames().get(i);
            boolean last = i == p.frames().size() - 1;
            if (elapsed >= (second + 1) * 1000 || last) {
                List<Double> frames = p.frames().subList(from, i + 1);
                List<Double> cpu = p.cpu().subList(Math.min(from, p.cpu().size()), Math.min(i + 1, p.cpu().size()));
                List<Double> paint = p.renderCpu().subList(Math.min(from, p.renderCpu().size()),
                        Math.min(i + 1, p.renderCpu().size()));
                out.write(String.format(Locale.ROOT, "  %3d s  %4d %8.2f %5d %8.2f %8.2f%n", second, frames.size(),
                        FrameProbe.percentile(frames, 95), frames.stream().filter(f -> f > FRAME_BUDGET_MS).count(),
                        cpu.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                        paint.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
                from = i + 1;
                second = (int) (elapsed / 1000);
            }
        }
        out.flush();
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private static void waitUntil(BooleanSupplier condition, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    /** The two views side by side on a shown stage, linked as in the app, with the probe running. */
    private record Views(Stage stage, LoopView loop, C10kView lab) {
        static Views open(Trace lesson, RenderSettings settings, int conns, int ramp, int think, FrameProbe probe,
                RendererCpuProbe render) {
            LoopView loop = new LoopView();
            loop.setLocale(Locale.ENGLISH);
            loop.show(lesson, lesson.size() - 1);
            C10kView lab = new C10kView();
            lab.setLocale(Locale.ENGLISH);
            lab.setKind(ServerKind.EVENT_LOOP);
            lab.setConnections(conns);
            lab.setRamp(ramp);
            lab.setThink(think);
            LabLoopLink.connect(lab, loop);
            SplitPane both = new SplitPane(loop.node(), lab.node());
            both.setDividerPositions(0.5);
            TraceView host = new TraceView() {
                @Override
                public Node node() {
                    return both;
                }

                @Override
                public void show(Trace trace, int position) {
                    loop.show(trace, position);
                }
            };
            Stage stage = new Stage();
            stage.setScene(ViewRenderer.scene(host, settings));
            stage.show();
            probe.start();
            render.start();
            return new Views(stage, loop, lab);
        }
    }
}
