package org.ouroboros.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench race}: the seed's two-thread race on the simulator with its GIL timeline
 * recorded, against python3's real wall time on the same file; then the two classic GIL
 * demonstrations (CPU-bound threads vs sequential; an I/O thread beside a CPU-bound one), the
 * simulator's virtual ratios next to python3's measured ones.
 */
@Command(name = "race", mixinStandardHelpOptions = true,
        description = "Seed race with timeline vs python3 wall time; GIL demonstrations, simulated vs real ratios.")
public final class RaceBench implements Callable<Integer> {
    private static final Pattern RATIO = Pattern.compile("ratio ([0-9.]+)");

    @Option(names = "--python", paramLabel = "PATH", description = "The python3 to compare with (default: python3 on PATH).")
    String python = "python3";

    @Option(names = "--runs", description = "Timed runs of the race on each side; the best is reported (default ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--seed", description = "Scheduler seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException, InterruptedException {
        String race = program(LessonPrograms.FOLDER + "ch5/ch5_10_race_plus_equals.py");
        out.println("race: two threads x 1,000,000 iterations of total += 1 / total -= 1 (seed chapter 5)");
        double bestVm = Double.MAX_VALUE;
        String vmOutput = "";
        int timelineEvents = 0;
        for (int i = 0; i < runs; i++) {
            TraceRecorder timeline = new TraceRecorder();
            StringWriter o = new StringWriter();
            long t0 = System.nanoTime();
            // Level OFF with a sink: the scheduler's timeline (SchedEvent) only, no per-line events.
            Vm.builder().stdout(o).trace(timeline, TraceLevel.OFF).scheduler(SchedConfig.DEFAULT.withSeed(seed))
                    .build().run(race, "race.py");
            bestVm = Math.min(bestVm, (System.nanoTime() - t0) / 1e9);
            vmOutput = o.toString().strip();
            timelineEvents = timeline.size();
        }
        Path file = Files.createTempFile("ouroboros-race", ".py");
        try {
            Files.writeString(file, race, StandardCharsets.UTF_8);
            double bestPy = Double.MAX_VALUE;
            String pyOutput = "";
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                pyOutput = runPython(file).strip();
                bestPy = Math.min(bestPy, (System.nanoTime() - t0) / 1e9);
            }
            out.printf(Locale.ROOT, "  %-44s %-30s%n", "VM (simulated GIL, timeline recorded)", "python3 (real)");
            out.printf(Locale.ROOT, "  %-44s %-30s%n", String.format(Locale.ROOT, "%.3f s wall, total = %s, %d timeline events",
                    bestVm, vmOutput, timelineEvents), String.format(Locale.ROOT, "%.3f s wall, total = %s", bestPy, pyOutput));
            out.printf(Locale.ROOT, "  VM / python3 = %.2fx (goal <= 2x)%n%n", bestVm / bestPy);

            String cpu = program("cpu_bound.py");
            out.println("two CPU-bound threads vs sequential (threaded time / sequential time):");
            out.printf(Locale.ROOT, "  simulated gil %.2f, free-threaded %.2f, processes %.2f   python3 3.11 (GIL) %.2f%n%n",
                    vmRatio(cpu, SchedConfig.Mode.GIL), vmRatio(cpu, SchedConfig.Mode.FREE),
                    vmRatio(cpu, SchedConfig.Mode.PROCESSES), pythonRatio(cpu));
            String convoy = program("convoy.py");
            out.println("convoy effect (I/O response beside a CPU-bound thread / alone):");
            out.printf(Locale.ROOT, "  simulated gil %.1f, free-threaded %.1f   python3 3.11 (GIL) %.1f%n",
                    vmRatio(convoy, SchedConfig.Mode.GIL), vmRatio(convoy, SchedConfig.Mode.FREE), pythonRatio(convoy));
        } finally {
            Files.deleteIfExists(file);
        }
        return 0;
    }

    private double vmRatio(String program, SchedConfig.Mode mode) {
        StringWriter o = new StringWriter();
        RunResult r = Vm.builder().stdout(o).scheduler(SchedConfig.DEFAULT.withSeed(seed).withMode(mode)).build()
                .run(program, "demo.py");
        Matcher m = RATIO.matcher(o.toString());
        return r.exitCode() == 0 && m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private double pythonRatio(String program) throws IOException, InterruptedException {
        Path file = Files.createTempFile("ouroboros-demo", ".py");
        try {
            Files.writeString(file, program, StandardCharsets.UTF_8);
            Matcher m = RATIO.matcher(runPython(file));
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String runPython(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return text;
    }

    static String program(String name) throws IOException {
        try (InputStream in = RaceBench.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
