package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;

/** Test helper: runs a program on a fresh VM and keeps the VM and its output. */
public record StringWriterVm(Vm vm, String stdout, String stderr, int exitCode) {
    public static StringWriterVm run(String source) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(out).stderr(err).build();
        int exit = vm.run(source, "prog.py").exitCode();
        return new StringWriterVm(vm, out.toString(), err.toString(), exit);
    }

    /** The program's stdout; the test fails, showing stderr, unless the program exits with 0. */
    public static String stdoutOf(String source) {
        StringWriterVm run = run(source);
        assertEquals(0, run.exitCode(), run::stderr);
        return run.stdout();
    }

    /** What a terminal would show: stdout, then stderr. */
    public static String outputOf(String source) {
        StringWriterVm run = run(source);
        return run.stdout() + run.stderr();
    }
}
