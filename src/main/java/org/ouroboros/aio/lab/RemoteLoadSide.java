package org.ouroboros.aio.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The clients in a child JVM, so the lab's own process spends its descriptors on the server's
 * side only (both ends of 10,000 connections would need 20,000). The child prints
 * {@link ClientStats} lines; closing its stdin stops it.
 */
public final class RemoteLoadSide implements LoadSide {
    private final Process process;
    private final Thread reader;
    private int open;
    private int failed;
    private String failure = "";
    private long answered;
    private double p50;
    private double p99;

    private RemoteLoadSide(Process process) {
        this.process = process;
        this.reader = new Thread(this::readStats, "c10k-child-stats");
        reader.setDaemon(true);
    }

    /** Starts the child on this JVM's java binary and class path; throws when it cannot. */
    public static RemoteLoadSide start(int port, int target, int rampPerSecond, int thinkMillis) throws IOException {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isBlank()) {
            throw new IOException("no class path to start the load process with");
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath, LoadClientMain.class.getName(),
                String.valueOf(port), String.valueOf(target), String.valueOf(rampPerSecond), String.valueOf(thinkMillis)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        RemoteLoadSide side = new RemoteLoadSide(process);
        side.reader.start();
        return side;
    }

    private static String javaBinary() {
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void readStats() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                ClientStats s = ClientStats.fromLine(line);
                synchronized (this) {
                    open = s.open();
                    failed = s.failedConnects();
                    if (failure.isEmpty()) {
                        failure = s.failure();
                    }
                    if (s.answered() > answered) {
                        p50 = s.p50Micros();
                        p99 = s.p99Micros();
                    }
                    answered = s.answered();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the child ended
        }
        synchronized (this) {
            open = 0;
        }
    }

    @Override
    public synchronized ClientStats drain() {
        String why = failure.isEmpty() && !process.isAlive() && process.exitValue() != 0
                ? "load process exited with " + process.exitValue() : failure;
        return new ClientStats(open, failed, answered, p50, p99, why);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            reader.join(2_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
