package org.ouroboros.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.Disassembler;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.TraceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ouroboros run FILE.py [args]}: like {@code python3 FILE.py}, on the Ouroboros VM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Python file (or -c CODE) on the Ouroboros VM, like python3 would.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "-c", paramLabel = "CODE", description = "Program passed in as a string.")
    String code;

    @Option(names = "--dis", description = "Print the bytecode listing instead of running.")
    boolean dis;

    @Option(names = "--trace", paramLabel = "OUT.json", description = "Write the execution trace (coarse level) as JSON.")
    Path traceOut;

    @Option(names = "--fine", description = "With --trace: record every instruction, lookup and dispatch too.")
    boolean fine;

    @Option(names = "--verify", description = "Also run the file with CPython and compare stdout and exit status.")
    boolean verify;

    @Option(names = "--python", paramLabel = "PATH", description = "The python3 to verify against (default: python3 on PATH).")
    String python;

    @Option(names = "--step-budget", paramLabel = "N", description = "Stop after N eval-breaker ticks.")
    Long stepBudget;

    @Option(names = "--interrupt-after", paramLabel = "SECONDS",
            description = "Press Ctrl+C after SECONDS: KeyboardInterrupt in the main thread at its next check point.")
    Double interruptAfter;

    @Option(names = "--virtual-time", description = "asyncio loops use a virtual clock (sleeps take no real time).")
    boolean virtualTime;

    @Option(names = "--loop-delay", paramLabel = "MS", description = "Slow asyncio loops down: pause MS before each iteration.")
    Long loopDelay;

    // ---- thread scheduler options (branch sched) ----
    @Option(names = "--seed", paramLabel = "N", description = "Thread scheduler seed (cost jitter, tie-breaks); same seed, same run.")
    Long seed;

    @Option(names = "--switch-interval", paramLabel = "S", description = "GIL switch interval in seconds (default 0.005).")
    Double switchInterval;

    @Option(names = "--mode", paramLabel = "MODE", description = "gil (default), free (no GIL, 3.13t) or processes.")
    String mode;

    @Option(names = "--cores", paramLabel = "K", description = "Simulated CPU cores (default 4).")
    Integer cores;

    @Option(names = "--cpython", paramLabel = "VERSION", description = "Eval-breaker check points of CPython 3.11 (default) or 3.9.")
    String cpython;

    @Parameters(arity = "0..*", paramLabel = "FILE [ARGS]", description = "The script and its arguments.")
    List<String> fileAndArgs = new ArrayList<>();

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Writer err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        String source;
        String filename;
        List<String> argv = new ArrayList<>();
        if (code != null) {
            source = code;
            filename = "<string>";
            argv.add("-c");
            argv.addAll(fileAndArgs);
        } else if (!fileAndArgs.isEmpty()) {
            Path file = Path.of(fileAndArgs.get(0));
            if (!Files.isRegularFile(file)) {
                err.write("ouroboros: can't open file '" + file + "': [Errno 2] No such file or directory\n");
                err.flush();
                return 2;
            }
            source = Files.readString(file, StandardCharsets.UTF_8);
            filename = file.toAbsolutePath().normalize().toString();
            argv.addAll(fileAndArgs);
        } else {
            err.write("ouroboros run: give a FILE or -c CODE\n");
            err.flush();
            return 2;
        }
        if (verify) {
            return Verify.run(source, filename, argv, python, out, err);
        }
        TraceRecorder recorder = traceOut != null ? new TraceRecorder() : null;
        Vm.Builder builder = Vm.builder().stdout(out).stderr(err).argv(argv)
                .stdin(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        if (recorder != null) {
            // an exported trace carries what every view draws, object events included
            builder.trace(recorder, fine ? TraceLevel.FINE : TraceLevel.COARSE).objectEvents(true);
        }
        if (stepBudget != null) {
            builder.stepBudget(stepBudget);
        }
        if (virtualTime || loopDelay != null) {
            builder.with(org.ouroboros.aio.AioSettings.class, org.ouroboros.aio.AioSettings.defaults()
                    .withVirtualTime(virtualTime)
                    .withStepper(loopDelay != null ? org.ouroboros.aio.LoopStepper.slowed(loopDelay)
                            : org.ouroboros.aio.LoopStepper.FREE_RUNNING));
        }
        org.ouroboros.sched.SchedConfig sched = schedConfig();
        if (sched != null) {
            builder.scheduler(sched);
        }
        Vm vm = builder.build();
        if (interruptAfter != null) {
            Thread presser = new Thread(() -> {
                try {
                    Thread.sleep((long) (interruptAfter * 1000));
                    vm.interrupt();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "interrupt-after");
            presser.setDaemon(true);
            presser.start();
        }
        if (dis) {
            try {
                CodeObject co = vm.compile(source, filename);
                out.write(Disassembler.disassemble(co));
                out.flush();
                return 0;
            } catch (SourceError e) {
                err.write(e.format());
                err.flush();
                return 1;
            }
        }
        RunResult result = vm.run(source, filename);
        out.flush();
        err.flush();
        if (recorder != null) {
            org.ouroboros.trace.TraceJson.write(recorder.finish(), traceOut);
        }
        return result.exitCode();
    }

    /** The scheduler settings given on the command line, or null when none was given. */
    org.ouroboros.sched.SchedConfig schedConfig() {
        if (seed == null && switchInterval == null && mode == null && cores == null && cpython == null) {
            return null;
        }
        org.ouroboros.sched.SchedConfig c = org.ouroboros.sched.SchedConfig.DEFAULT;
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (switchInterval != null) {
            c = c.withSwitchIntervalNs(Math.round(switchInterval * 1e9));
        }
        if (mode != null) {
            c = c.withMode(org.ouroboros.sched.SchedConfig.Mode.parse(mode));
        }
        if (cores != null) {
            c = c.withCores(cores);
        }
        if (cpython != null) {
            c = c.withCpython(org.ouroboros.sched.SchedConfig.CPythonVersion.parse(cpython));
        }
        return c;
    }

    static String capture(StringWriter w) {
        return w.toString();
    }
}
