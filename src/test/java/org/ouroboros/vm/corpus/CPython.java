package org.ouroboros.vm.corpus;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The {@code python3} on the PATH, when it is CPython 3.11 (the version the goldens come from),
 * run exactly as {@code make_goldens.py} runs it: argument list (no shell), working directory =
 * the program's folder, PYTHONHASHSEED=0, a timeout, and the absolute script path in tracebacks
 * rewritten to the bare file name.
 */
public final class CPython {
    private static final long TIMEOUT_SECONDS = 10;
    private static volatile Optional<String> version;

    private CPython() {
    }

    /** "Python 3.11.x" when {@code python3} is on the PATH and is 3.11, else empty. */
    public static Optional<String> version311() {
        if (version == null) {
            version = probeVersion();
        }
        return version;
    }

    private static Optional<String> probeVersion() {
        try {
            ProgramOutput out = run(List.of("python3", "--version"), Path.of("."));
            String text = (out.stdout() + out.stderr()).strip();
            return out.exitCode() == 0 && text.startsWith("Python 3.11.") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static ProgramOutput runFile(Path program) throws IOException {
        Path folder = program.toAbsolutePath().getParent();
        ProgramOutput raw = run(List.of("python3", "-X", "utf8", program.getFileName().toString()), folder);
        String stderr = raw.stderr().replace("File \"" + folder + File.separator, "File \"");
        return new ProgramOutput(raw.stdout(), stderr, raw.exitCode());
    }

    private static ProgramOutput run(List<String> command, Path folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().remove("PYTHONSTARTUP");
        builder.environment().remove("PYTHONPATH");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new ProgramOutput(stdout.get(), stderr.get(), process.exitValue());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
