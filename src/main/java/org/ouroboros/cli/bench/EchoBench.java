package org.ouroboros.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.ouroboros.aio.LoopbackOnly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ouroboros bench echo --conns N}: an echo workload on loopback against three servers,
 * side by side in one run: (a) an echo server written directly on the aio event-loop core, (b)
 * the asyncio echo server {@code echo_server.py} running on the Ouroboros VM, (c) the same file
 * under CPython. Each server runs in its own process; this process holds the N client
 * connections, so each side needs about N file descriptors.
 */
@Command(name = "echo", mixinStandardHelpOptions = true,
        description = "Echo on loopback: aio core vs the VM's asyncio vs CPython asyncio (req/s, p99).")
public final class EchoBench implements Callable<Integer> {
    @Option(names = "--conns", description = "Concurrent connections held (default ${DEFAULT-VALUE}).")
    int conns = 1000;

    @Option(names = "--seconds", description = "Measured seconds per server (default ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--warmup", description = "Warm-up seconds per server before measuring (default ${DEFAULT-VALUE}).")
    double warmup = 5;

    @Option(names = "--rounds", description = "Measured rounds, servers taking turns, so a busy machine's load "
            + "spikes hit all alike (default ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--payload", description = "Bytes per echo message (default ${DEFAULT-VALUE}).")
    int payload = 64;

    @Option(names = "--load-threads", description = "Client threads generating the load (default ${DEFAULT-VALUE}).")
    int loadThreads = 2;

    @Option(names = "--python", paramLabel = "PATH", description = "The python3 for (c) (default: python3 on PATH).")
    String python = "python3";

    @Option(names = "--only", paramLabel = "a|b|c", description = "Run only some servers, e.g. --only a,c.")
    String only = "a,b,c";

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    /** One server under test: its label and how to start it. */
    private record Server(String key, String label, List<String> command) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        long limit = FdLimit.soft();
        long needed = conns + 200L;
        if (limit > 0 && limit < needed) {
            say("The open-files limit is " + limit + ", but " + conns + " connections need about " + needed
                    + " descriptors in each process (client and server).\n"
                    + "Raise it in this shell with:  ulimit -n " + Math.max(needed, 20000)
                    + "   (the hard limit must allow it: see `ulimit -Hn`, /etc/security/limits.conf,"
                    + " or LimitNOFILE= for services), or run with fewer --conns.\n");
            return 2;
        }
        Path script = Files.createTempFile("ouroboros-echo", ".py");
        try (InputStream in = EchoBench.class.getResourceAsStream("/org/ouroboros/cli/bench/echo_server.py")) {
            Files.write(script, in.readAllBytes());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Server> servers = new ArrayList<>();
        servers.add(new Server("a", "(a) aio core, Java", List.of(java, "-cp", cp, RawEchoMain.class.getName(), "0")));
        servers.add(new Server("b", "(b) echo_server.py on the Ouroboros VM",
                List.of(java, "-cp", cp, "org.ouroboros.Main", "run", script.toString(), "0")));
        servers.add(new Server("c", "(c) echo_server.py on CPython (" + pythonVersion() + ")",
                List.of(python, script.toString(), "0")));
        say(String.format(Locale.ROOT, "echo on 127.0.0.1: %d connections, %d-byte messages, %.0f s warm-up + %.0f s measured"
                + " per server in %d interleaved rounds (fd limit %d)%n", conns, payload, warmup, seconds, rounds, limit));
        List<Server> chosen = servers.stream().filter(s -> only.contains(s.key())).toList();
        List<Process> processes = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        List<List<EchoLoad.Result>> results = new ArrayList<>();
        // the servers must not outlive an interrupted benchmark
        Thread reaper = new Thread(() -> processes.forEach(Process::destroyForcibly));
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            for (Server s : chosen) {
                Process p = new ProcessBuilder(s.command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                processes.add(p);
                ports.add(port(p));
                results.add(new ArrayList<>());
            }
            for (int i = 0; i < chosen.size(); i++) {
                if (ports.get(i) > 0) {
                    load(ports.get(i), warmup, 0.1);
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < chosen.size(); i++) {
                    if (ports.get(i) > 0) {
                        results.get(i).add(load(ports.get(i), 0.5, seconds / rounds));
                    }
                }
            }
        } finally {
            for (Process p : processes) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
        List<String[]> rows = new ArrayList<>();
        double[] rates = new double[3];
        for (int i = 0; i < chosen.size(); i++) {
            Server s = chosen.get(i);
            EchoLoad.Result r = ports.get(i) > 0 ? EchoLoad.Result.merge(results.get(i))
                    : new EchoLoad.Result(0, 0, 0, Double.NaN, Double.NaN, "server did not start", new long[0]);
            rates[servers.indexOf(s)] = r.perSecond();
            rows.add(new String[] {s.label(), String.valueOf(r.held()), String.format(Locale.ROOT, "%.0f", r.perSecond()),
                    String.format(Locale.ROOT, "%.2f", r.p50Millis()), String.format(Locale.ROOT, "%.2f", r.p99Millis()),
                    r.error()});
        }
        say(table(rows));
        if (rates[0] > 0 && rates[2] > 0) {
            say(String.format(Locale.ROOT, "(a)/(c) = %.2f (goal >= 2)%n", rates[0] / rates[2]));
        }
        if (rates[1] > 0 && rates[2] > 0) {
            say(String.format(Locale.ROOT, "(b)/(c) = %.2f (goal >= 1)%n", rates[1] / rates[2]));
        }
        Files.deleteIfExists(script);
        return 0;
    }

    /** The port a freshly started server prints on its first line, or -1 when it died first. */
    private static int port(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        return line == null ? -1 : Integer.parseInt(line.trim());
    }

    private EchoLoad.Result load(int port, double warm, double measured) throws InterruptedException {
        EchoLoad.Result r = EchoLoad.runParallel(LoopbackOnly.loopback(port), conns, payload, loadThreads, warm, measured, 120);
        // the server needs a moment to close the connections just reset: the next round's would
        // otherwise meet the old ones still open and exceed its descriptor limit
        Thread.sleep(Math.max(500, conns / 2));
        return r;
    }

    private String pythonVersion() {
        try {
            Process p = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return v;
        } catch (IOException | InterruptedException e) {
            return python + " not runnable";
        }
    }

    private static String table(List<String[]> rows) {
        String[] head = {"server", "held", "req/s", "p50 ms", "p99 ms", "note"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
            for (String[] row : rows) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, head, w);
        for (String[] row : rows) {
            appendRow(sb, row, w);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] row, int[] w) {
        for (int i = 0; i < row.length; i++) {
            String cell = row[i];
            boolean number = i >= 1 && i <= 4;
            String pad = " ".repeat(w[i] - cell.length());
            sb.append(number ? pad + cell : cell + pad).append(i + 1 < row.length ? "  " : "\n");
        }
    }

    private void say(String s) throws IOException {
        out.write(s);
        out.flush();
    }
}
