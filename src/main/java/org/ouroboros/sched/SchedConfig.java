package org.ouroboros.sched;

/**
 * How the scheduler simulates threads. Pass to {@code Vm.Builder.scheduler(SchedConfig)}; a
 * program that uses threads without one gets {@link #DEFAULT}.
 *
 * @param seed drives the small per-instruction cost jitter and tie-breaks; same seed, same run
 * @param switchIntervalNs the GIL switch interval in virtual ns (CPython's default is 5 ms);
 *     {@code sys.setswitchinterval} changes it during the run
 * @param mode GIL, free-threaded or processes
 * @param cores number of simulated CPU cores (at least 1)
 * @param cpython which CPython version's eval-breaker check points to model
 */
public record SchedConfig(long seed, long switchIntervalNs, Mode mode, int cores, CPythonVersion cpython) {
    /** Seed 0, 5 ms, GIL, 4 cores, CPython 3.11. */
    public static final SchedConfig DEFAULT = new SchedConfig(0, 5_000_000L, Mode.GIL, 4, CPythonVersion.V3_11);

    public SchedConfig {
        if (switchIntervalNs <= 0) {
            throw new IllegalArgumentException("switch interval must be positive: " + switchIntervalNs);
        }
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1: " + cores);
        }
        if (mode == null || cpython == null) {
            throw new IllegalArgumentException("mode and cpython are required");
        }
    }

    public SchedConfig withSeed(long s) {
        return new SchedConfig(s, switchIntervalNs, mode, cores, cpython);
    }

    public SchedConfig withSwitchIntervalNs(long ns) {
        return new SchedConfig(seed, ns, mode, cores, cpython);
    }

    public SchedConfig withMode(Mode m) {
        return new SchedConfig(seed, switchIntervalNs, m, cores, cpython);
    }

    public SchedConfig withCores(int k) {
        return new SchedConfig(seed, switchIntervalNs, mode, k, cpython);
    }

    public SchedConfig withCpython(CPythonVersion v) {
        return new SchedConfig(seed, switchIntervalNs, mode, cores, v);
    }

    /** How threads share the interpreter. */
    public enum Mode {
        /** One GIL per process (CPython's default build). */
        GIL("gil"),
        /** No GIL (CPython 3.13t): threads run in parallel on the simulated cores. */
        FREE("free"),
        /** Every {@code threading.Thread} runs as its own process: own GIL, copied globals. */
        PROCESSES("processes");

        private final String cliName;

        Mode(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        public static Mode parse(String s) {
            for (Mode m : values()) {
                if (m.cliName.equalsIgnoreCase(s)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown mode '" + s + "' (expected gil, free or processes)");
        }
    }

    /** The CPython version whose eval-breaker check points are modelled. */
    public enum CPythonVersion {
        /** 3.10+: check at RESUME, JUMP_BACKWARD and after builtin calls. */
        V3_11("3.11"),
        /** 3.9: check before most instructions. */
        V3_9("3.9");

        private final String label;

        CPythonVersion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static CPythonVersion parse(String s) {
            for (CPythonVersion v : values()) {
                if (v.label.equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown CPython version '" + s + "' (expected 3.11 or 3.9)");
        }
    }
}
