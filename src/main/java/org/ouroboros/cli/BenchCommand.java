package org.ouroboros.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench}: the VM against python3 on the same programs, side by side — a counting
 * loop at module level and in a function, a method-call loop, and building a random 1,000-class
 * hierarchy (C3). VM times are reported with tracing off and with the coarse trace on, each as the
 * first (cold) run and the best and median of {@code --runs} runs in one JVM, next to python3's;
 * with each, the best CPU time of the whole process, which a busy machine disturbs less.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {org.ouroboros.cli.bench.EchoBench.class,
                org.ouroboros.cli.bench.RaceBench.class},
        description = "Time the VM (trace off / coarse) against python3 on the same programs.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--python", paramLabel = "PATH", description = "The python3 to compare with (default: on PATH).")
    String python;

    @Option(names = "--coarse-cap", description = "Events kept by the coarse-trace recorder (default ${DEFAULT-VALUE}).")
    int coarseCap = TraceRecorder.DEFAULT_CAP;

    @Option(names = "--n", description = "Loop count for the counting loops (default ${DEFAULT-VALUE}).")
    int n = 10_000_000;

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    static String counting(int n, boolean inFunction) {
        String loop = "total = 0\nfor i in range(" + n + "):\n    total += 1\n";
        if (!inFunction) {
            return loop;
        }
        return "def f():\n" + loop.indent(4) + "    return total\nf()\n";
    }

    static String methods(int n) {
        return "class P:\n    def __init__(self):\n        self.n = 0\n    def inc(self, k):\n        self.n += k\n"
                + "        return self\ndef g():\n    p = P()\n    for i in range(" + n + "):\n        p.inc(1)\n"
                + "    return p.n\ng()\n";
    }

    /** A random DAG of {@code classes} classes; a class whose random bases C3 rejects keeps only its first base. */
    static String hierarchy(int classes, long seed) {
        org.ouroboros.vm.object.Types.init();
        Random r = new Random(seed);
        List<org.ouroboros.vm.object.PyType> made = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < classes; i++) {
            List<Integer> bases = new ArrayList<>();
            int nb = i == 0 ? 0 : 1 + r.nextInt(Math.min(3, i));
            while (bases.size() < nb) {
                int b = r.nextInt(i);
                if (!bases.contains(b)) {
                    bases.add(b);
                }
            }
            bases.sort((x, y) -> y - x);
            org.ouroboros.vm.object.PyType t;
            try {
                t = org.ouroboros.vm.object.PyType.heap(org.ouroboros.vm.object.Types.TYPE, "C" + i,
                        bases.stream().map(made::get).toArray(org.ouroboros.vm.object.PyType[]::new), Map.of());
            } catch (org.ouroboros.vm.object.PyException e) {
                bases = new ArrayList<>(bases.subList(0, 1));
                t = org.ouroboros.vm.object.PyType.heap(org.ouroboros.vm.object.Types.TYPE, "C" + i,
                        new org.ouroboros.vm.object.PyType[] {made.get(bases.get(0))}, Map.of());
            }
            made.add(t);
            sb.append("class C").append(i).append('(');
            for (int k = 0; k < bases.size(); k++) {
                sb.append(k > 0 ? ", " : "").append('C').append(bases.get(k));
            }
            sb.append("): pass\n");
        }
        return sb.toString();
    }

    @Option(names = "--runs", description = "Runs per program and engine, in one JVM / one python3 process (default ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--only", paramLabel = "TEXT", description = "Only the programs whose name contains TEXT.")
    String only;

    @Option(names = "--no-coarse", description = "Skip the coarse-trace runs.")
    boolean noCoarse;

    @Option(names = "--no-python", description = "Skip python3.")
    boolean noPython;

    @Option(names = "--interpreted", description = "Interpreter only: the VM compiles no hot code to JVM code.")
    boolean interpreted;

    /** One run: wall time, and the CPU time of the whole process (python3's own, or this JVM's with its GC and JIT threads). */
    record Run(double wall, double cpu) {}

    /** One engine's times for one program: the first run (cold: the JVM has not compiled the VM yet) and the rest. */
    record Times(double first, double best, double median, double worst, double bestCpu) {
        static Times of(List<Run> runs) {
            List<Double> sorted = new ArrayList<>();
            double bestCpu = Double.MAX_VALUE;
            for (Run r : runs) {
                sorted.add(r.wall());
                bestCpu = Math.min(bestCpu, r.cpu());
            }
            sorted.sort(null);
            return new Times(runs.get(0).wall(), sorted.get(0), sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1), bestCpu < 0 ? -1 : bestCpu);
        }

        static final Times NONE = new Times(-1, -1, -1, -1, -1);

        static String seconds(double s) {
            return s < 0 ? "n/a" : String.format("%.3f", s);
        }

        static String ratio(double a, double b) {
            return a <= 0 || b <= 0 ? "n/a" : String.format("%.2fx", a / b);
        }
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> programs = new LinkedHashMap<>();
        programs.put("counting loop, module level", counting(n, false));
        programs.put("counting loop, in a function", counting(n, true));
        programs.put("method calls (" + n / 10 + ")", methods(n / 10));
        programs.put("C3: 1,000-class random DAG", hierarchy(1000, 42));
        if (only != null) {
            programs.keySet().removeIf(name -> !name.contains(only));
        }
        String exe = python != null ? python : "python3";
        runs = Math.max(1, runs);
        out.write(String.format("load average before: %s (%d cores); %d runs each; JVM %s, collector %s; %s%n", loadAverage(),
                Runtime.getRuntime().availableProcessors(), runs, System.getProperty("java.version"), collectors(),
                interpreted || Vm.defaultJitThreshold() == Vm.JIT_OFF ? "interpreter only"
                        : "hot code compiled to JVM code after " + Vm.defaultJitThreshold() + " calls/iterations"));
        Map<String, Times> off = new LinkedHashMap<>();
        for (var e : programs.entrySet()) {
            off.put(e.getKey(), timeVm(e.getValue(), false, runs));
        }
        out.write(String.format("%-30s %26s %7s %9s %7s %9s %7s %7s %7s%n", "", "VM trace off (wall)", "(CPU)",
                "coarse", "(CPU)", "python3", "(CPU)", "off/py", "crs/py"));
        out.write(String.format("%-30s %26s %7s %9s %7s %9s %7s %7s %7s%n", "program", "best (median, 1st) s", "best",
                "best", "best", "best", "best", "wall", "wall"));
        for (var e : programs.entrySet()) {
            Times o = off.get(e.getKey());
            Times coarse = noCoarse ? Times.NONE : timeVm(e.getValue(), true, runs);
            Times cp = noPython ? Times.NONE : timePython(exe, e.getValue(), runs);
            out.write(String.format("%-30s %8.3f (%.3f, %.3f) %7s %9s %7s %9s %7s %7s %7s%n", e.getKey(), o.best,
                    o.median, o.first, Times.seconds(o.bestCpu), Times.seconds(coarse.best), Times.seconds(coarse.bestCpu),
                    Times.seconds(cp.best), Times.seconds(cp.bestCpu), Times.ratio(o.best, cp.best),
                    Times.ratio(coarse.best, cp.best)));
            out.flush();
        }
        out.write(String.format("load average after: %s%n", loadAverage()));
        out.write("(seconds. Each VM run is a fresh VM in this JVM: the 1st run includes the JIT's warm-up, best/median\n"
                + " are of all " + runs + " runs; all trace-off runs come first, then per program the coarse runs (recording\n"
                + " up to " + coarseCap + " events and finishing the Trace, as the UI's recorder does: past the cap tracing\n"
                + " switches off) and python3 running the same source " + runs + " times in one process (start-up excluded).\n"
                + " CPU = CPU time of the whole process during the run (the JVM's includes its GC and JIT threads);\n"
                + " on a busy machine it varies less than wall time. off/py and crs/py = VM best / python3 best, wall.\n"
                + " The VM allocates an object per int and per frame event, so the collector matters: plain `java -jar`\n"
                + " uses G1 on most machines; `java -XX:+UseParallelGC -jar ...` is usually faster for these loops.)\n");
        out.flush();
        return 0;
    }

    private static String collectors() {
        return String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.2f", load);
    }

    private Times timeVm(String source, boolean coarse, int count) {
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            System.gc();
            TraceRecorder recorder = coarse ? new TraceRecorder(coarseCap) : null;
            Vm.Builder settings = interpreted ? Vm.builder().jitThreshold(Vm.JIT_OFF) : Vm.builder();
            Vm vm = settings.stdout(new StringWriter()).stderr(new StringWriter())
                    .trace(coarse ? recorder : TraceSink.NONE, coarse ? TraceLevel.COARSE : TraceLevel.OFF).build();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            vm.run(source, "<bench>");
            if (recorder != null) {
                recorder.finish();
            }
            long wall = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            measured.add(new Run(wall / 1e9, cpu0 < 0 ? -1 : cpu / 1e9));
        }
        return Times.of(measured);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** Times the program inside python3 (interpreter start-up excluded), {@code count} runs in one process. */
    private static Times timePython(String exe, String source, int count) throws IOException {
        Path script = Files.createTempFile("ouroboros-bench", ".py");
        String wrapped = "import time\nsrc = " + pyString(source) + "\ncode = compile(src, '<bench>', 'exec')\n"
                + "for _ in range(" + count + "):\n"
                + "    t = time.perf_counter()\n    c = time.process_time()\n    exec(code, {'__name__': '__main__'})\n"
                + "    print(time.perf_counter() - t, time.process_time() - c)\n";
        Files.writeString(script, wrapped, StandardCharsets.UTF_8);
        try {
            Process p = new ProcessBuilder(exe, script.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Times.NONE;
            }
            List<Run> measured = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String[] wallCpu = line.strip().split(" ");
                measured.add(new Run(Double.parseDouble(wallCpu[0]), Double.parseDouble(wallCpu[1])));
            }
            return measured.isEmpty() ? Times.NONE : Times.of(measured);
        } catch (IOException | NumberFormatException e) {
            return Times.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Times.NONE;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    static String capture(StringWriter w) {
        return w.toString();
    }
}
