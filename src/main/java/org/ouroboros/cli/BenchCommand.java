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
 * hierarchy (C3). VM times are reported with tracing off and with the coarse trace on.
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

    @Override
    public Integer call() throws Exception {
        Map<String, String> programs = new LinkedHashMap<>();
        programs.put("counting loop, module level", counting(n, false));
        programs.put("counting loop, in a function", counting(n, true));
        programs.put("method calls (" + n / 10 + ")", methods(n / 10));
        programs.put("C3: 1,000-class random DAG", hierarchy(1000, 42));
        String exe = python != null ? python : "python3";
        out.write(String.format("%-32s %12s %12s %12s %8s%n", "program", "VM trace off", "VM coarse", "python3", "ratio"));
        Map<String, Double> off = new LinkedHashMap<>();
        for (var e : programs.entrySet()) {
            off.put(e.getKey(), timeVm(e.getValue(), TraceSink.NONE, TraceLevel.OFF));
        }
        for (var e : programs.entrySet()) {
            double coarse = timeVm(e.getValue(), new TraceRecorder(coarseCap), TraceLevel.COARSE);
            double cp = timePython(exe, e.getValue());
            double o = off.get(e.getKey());
            out.write(String.format("%-32s %10.3f s %10.3f s %10s %8s%n", e.getKey(), o, coarse,
                    cp < 0 ? "n/a" : String.format("%.3f s", cp), cp <= 0 ? "" : String.format("%.2fx", o / cp)));
            out.flush();
        }
        out.write("(ratio = VM trace off / python3; each VM run is a fresh VM in a warm JVM, best of 3; all trace-off runs\n"
                + " first, then coarse runs recording up to " + coarseCap + " events each, as the UI's recorder would)\n");
        out.flush();
        return 0;
    }

    private static double timeVm(String source, TraceSink sink, TraceLevel level) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Vm vm = Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(sink, level).build();
            long t0 = System.nanoTime();
            vm.run(source, "<bench>");
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            if (sink instanceof TraceRecorder rec) {
                sink = new TraceRecorder(Math.max(1, rec.size()));
            }
        }
        return best;
    }

    /** Times the program inside python3 (interpreter start-up excluded), best of 3; -1 without python3. */
    private static double timePython(String exe, String source) throws IOException {
        Path script = Files.createTempFile("ouroboros-bench", ".py");
        String wrapped = "import time\nsrc = " + pyString(source) + "\nbest = 1e9\nfor _ in range(3):\n"
                + "    t = time.perf_counter()\n    exec(compile(src, '<bench>', 'exec'), {'__name__': '__main__'})\n"
                + "    best = min(best, time.perf_counter() - t)\nprint(best)\n";
        Files.writeString(script, wrapped, StandardCharsets.UTF_8);
        try {
            Process p = new ProcessBuilder(exe, script.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return -1;
            }
            return Double.parseDouble(text);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
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
