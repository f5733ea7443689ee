package org.ouroboros.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;
import org.ouroboros.vm.object.MroNotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ouroboros mro FILE.py CLASS}: the C3 merge that produced CLASS's MRO, in Simionato's notation. */
@Command(name = "mro", mixinStandardHelpOptions = true,
        description = "Run FILE.py and show how C3 linearized CLASS, step by step (or CPython's error).")
public final class MroCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.py")
    Path file;

    @Parameters(index = "1", paramLabel = "CLASS")
    String className;

    Writer out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Writer err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws Exception {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        TraceRecorder recorder = new TraceRecorder();
        Vm vm = Vm.builder().stdout(Writer.nullWriter()).stderr(Writer.nullWriter())
                .trace(recorder, TraceLevel.COARSE).build();
        RunResult result = vm.run(source, file.toString());
        String text = MroNotation.explain(recorder.finish().events(), className);
        if (text == null) {
            err.write(result.ok() ? "no class named '" + className + "' was created by " + file + "\n"
                    : result.errorText());
            err.flush();
            return 1;
        }
        out.write(text);
        out.flush();
        return text.contains("TypeError:") ? 1 : 0;
    }
}
