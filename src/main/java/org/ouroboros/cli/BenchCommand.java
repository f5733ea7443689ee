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
 * first (cold) run and the best and median of {@code --runs} runs in one JVM, next to python3's.
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

    /** One engine's times for one program: the first run (cold: the JVM has not compiled the VM yet) and the rest. */
    record Times(double first, double best, double median, double worst) {
        static Times of(List<Double> seconds) {
            List<Double> sorted = new ArrayList<>(seconds);
            sorted.sort(null);
            return new Times(seconds.get(0), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }

        static final Times NONE = new Times(-1, -1, -1, -1);

        String best3() {
            return best < 0 ? "n/a" : String.format("%.3f", best);
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
        out.write(String.format("load average before: %s (%d cores); %d runs each%n", loadAverage(),
                Runtime.getRuntime().availableProcessors(), runs));
        Map<String, Times> off = new LinkedHashMap<>();
        for (var e : programs.entrySet()) {
            off.put(e.getKey(), timeVm(e.getValue(), false, runs));
        }
        out.write(String.format("%-30s %26s %11s %21s %7s%n", "program", "VM trace off: best (med, 1st)",
                "VM coarse", "python3: best (1st)", "ratio"));
        for (var e : programs.entrySet()) {
            Times o = off.get(e.getKey());
            Times coarse = timeVm(e.getValue(), true, runs);
            Times cp = timePython(exe, e.getValue(), runs);
            out.write(String.format("%-30s %8.3f s (%.3f, %.3f) %9.3f s %9s s (%s) %7s%n", e.getKey(), o.best, o.median,
                    o.first, coarse.best, cp.best3(), cp.first < 0 ? "n/a" : String.format("%.3f", cp.first),
                    cp.best <= 0 ? "" : String.format("%.2fx", o.best / cp.best)));
            out.flush();
        }
        out.write(String.format("load average after: %s%n", loadAverage()));
        out.write("(seconds of wall time. Each VM run is a fresh VM in this JVM: the 1st run includes the JIT's warm-up,\n"
                + " best/median are of all " + runs + " runs; all trace-off runs come first, then per program the coarse runs\n"
                + " (recording up to " + coarseCap + " events, as the UI's recorder does: past the cap tracing switches off)\n"
                + " and python3 running the same source " + runs + " times in one process (start-up excluded).\n"
                + " ratio = VM trace-off best / python3 best. On a shared machine compare best and spread, not one number.)\n");
        out.flush();
        return 0;
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.2f", load);
    }

    private Times timeVm(String source, boolean coarse, int count) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            System.gc();
            TraceSink sink = coarse ? new TraceRecorder(coarseCap) : TraceSink.NONE;
            Vm vm = Vm.builder().stdout(new StringWriter()).stderr(new StringWriter())
                    .trace(sink, coarse ? TraceLevel.COARSE : TraceLevel.OFF).build();
            long t0 = System.nanoTime();
            vm.run(source, "<bench>");
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        return Times.of(seconds);
    }

    /** Times the program inside python3 (interpreter start-up excluded), {@code count} runs in one process. */
    private static Times timePython(String exe, String source, int count) throws IOException {
        Path script = Files.createTempFile("ouroboros-bench", ".py");
        String wrapped = "import time\nsrc = " + pyString(source) + "\ncode = compile(src, '<bench>', 'exec')\n"
                + "for _ in range(" + count + "):\n"
                + "    t = time.perf_counter()\n    exec(code, {'__name__': '__main__'})\n"
                + "    print(time.perf_counter() - t)\n";
        Files.writeString(script, wrapped, StandardCharsets.UTF_8);
        try {
            Process p = new ProcessBuilder(exe, script.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Times.NONE;
            }
            List<Double> seconds = new ArrayList<>();
            for (String line : text.split("\\R")) {
                seconds.add(Double.parseDouble(line.strip()));
            }
            return seconds.isEmpty() ? Times.NONE : Times.of(seconds);
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
