package org.ouroboros.aio.lab;

/**
 * What the load side saw: connections open now, connects refused or failed in total, requests
 * answered in total (the lab turns totals into a rate), the latency percentiles (µs) of the
 * latest window, and the first connect failure's message (empty when none).
 */
public record ClientStats(int open, int failedConnects, long answered, double p50Micros, double p99Micros,
        String failure) {
    public static final ClientStats NONE = new ClientStats(0, 0, 0, 0, 0, "");

    /** One line for the child process's stdout: the fields separated by tabs. */
    public String toLine() {
        return open + "\t" + failedConnects + "\t" + answered + "\t" + p50Micros + "\t" + p99Micros + "\t"
                + failure.replace('\t', ' ').replace('\n', ' ');
    }

    public static ClientStats fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("not a stats line: " + line);
        }
        return new ClientStats(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]);
    }
}
