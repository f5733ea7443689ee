package org.ouroboros.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;

/** "Verify in CPython": runs the program on the VM and on python3, and shows both outputs side by side. */
final class Verify {
    private Verify() {}

    static final long TIMEOUT_SECONDS = 60;

    static int run(String source, String filename, List<String> argv, String python, Writer out, Writer err)
            throws IOException {
        StringWriter vmOut = new StringWriter();
        StringWriter vmErr = new StringWriter();
        RunResult vm = Vm.builder().stdout(vmOut).stderr(vmErr).argv(argv).build().run(source, filename);
        String exe = python != null ? python : findOnPath("python3");
        if (exe == null || !Files.isExecutable(Path.of(exe))) {
            out.write(vmOut.toString());
            out.write(python != null ? "\nNo python at " + python + ": cannot verify against CPython.\n"
                    : "\nNo python3 found on PATH (use --python PATH): cannot verify against CPython.\n");
            out.flush();
            return vm.exitCode();
        }
        Path script = Files.createTempFile("ouroboros-verify", ".py");
        Files.writeString(script, source, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(exe, script.toString()));
        if (argv.size() > 1) {
            cmd.addAll(argv.subList(1, argv.size()));
        }
        Process p;
        Path errFile = Files.createTempFile("ouroboros-verify", ".err");
        try {
            p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
        } catch (IOException e) {
            out.write("Could not start " + exe + ": " + e.getMessage() + "\n");
            out.flush();
            Files.deleteIfExists(script);
            Files.deleteIfExists(errFile);
            return 1;
        }
        p.getOutputStream().close();
        String cpOut;
        String cpErr;
        int cpExit;
        try {
            var so = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.write("CPython did not finish within " + TIMEOUT_SECONDS + " s\n");
                out.flush();
                return 1;
            }
            cpOut = new String(so, StandardCharsets.UTF_8);
            cpErr = Files.readString(errFile, StandardCharsets.UTF_8);
            cpExit = p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(errFile);
        }
        boolean same = cpOut.equals(vmOut.toString()) && cpExit == vm.exitCode();
        out.write(SideBySide.render("Ouroboros VM (exit " + vm.exitCode() + ")", vmOut.toString(),
                "CPython " + exe + " (exit " + cpExit + ")", cpOut));
        if (!cpErr.isEmpty() || !vmErr.toString().isEmpty()) {
            out.write("\n--- stderr ---\n");
            out.write(SideBySide.render("Ouroboros VM", vmErr.toString(), "CPython", cpErr.replace(script.toString(), filename)));
        }
        out.write(same ? "\nSAME: stdout and exit status match.\n" : "\nDIFFERENT: see the lines marked '!'.\n");
        out.flush();
        return same ? 0 : 1;
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
