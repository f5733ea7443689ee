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

    @Option(names = "--payload", description = "Bytes per echo message (default ${DEFAULT-VALUE}).")
    int payload = 64;

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
                + " per server (fd limit %d)%n", conns, payload, warmup, seconds, limit));
        List<String[]> rows = new ArrayList<>();
        double[] rates = new double[3];
        for (int i = 0; i < servers.size(); i++) {
            Server s = servers.get(i);
            if (!only.contains(s.key())) {
                continue;
            }
            EchoLoad.Result r = measure(s);
            rates[i] = r.perSecond();
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

    private EchoLoad.Result measure(Server s) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(s.command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null) {
                return new EchoLoad.Result(0, 0, 0, Double.NaN, Double.NaN, "server exited before printing its port");
            }
            int port = Integer.parseInt(line.trim());
            return new EchoLoad(LoopbackOnly.loopback(port), conns, payload).run(warmup, seconds, 120);
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
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
