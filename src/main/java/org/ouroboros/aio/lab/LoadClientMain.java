package org.ouroboros.aio.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link RemoteLoadSide}: runs a {@link LoadClient} and prints its
 * {@link ClientStats} as one line every {@value #SAMPLE_MILLIS} ms; ends when stdin closes
 * (so it never outlives the lab, even if the parent dies).
 *
 * <p>Arguments: port connections rampPerSecond thinkMillis.
 */
public final class LoadClientMain {
    static final int SAMPLE_MILLIS = 100;

    private LoadClientMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        LoadClient client = LoadClient.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Thread watcher = new Thread(() -> waitForEndOfInput(System.in), "stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
        while (watcher.isAlive()) {
            out.println(client.drain().toLine());
            watcher.join(SAMPLE_MILLIS);
        }
        client.close();
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent only ever closes stdin
            }
        } catch (IOException e) {
            // the pipe broke: the parent is gone
        }
    }
}
