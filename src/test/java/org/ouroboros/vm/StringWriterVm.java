package org.ouroboros.vm;

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
}
