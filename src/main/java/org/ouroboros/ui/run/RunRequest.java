package org.ouroboros.ui.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ouroboros.vm.Vm;

/**
 * One program to run: its source and the filename tracebacks show. Like {@code python3}, a
 * saved file is named by its absolute path (the CLI does the same). Unsaved editor text is
 * {@value #EDITOR_FILENAME}, the name the window title gives it: a real file name, not a
 * {@code <string>}-style one, because like CPython the VM shows no source lines in tracebacks
 * of {@code <...>} code, and a learner needs to see the line and its carets.
 */
public record RunRequest(String source, String filename, UnaryOperator<Vm.Builder> vmSettings) {
    public static final String EDITOR_FILENAME = "untitled.py";

    public RunRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(vmSettings, "vmSettings");
    }

    /** A run with the runner's default VM settings. */
    public RunRequest(String source, String filename) {
        this(source, filename, UnaryOperator.identity());
    }

    /** The same program run with {@code settings} applied to the VM builder (after the runner's defaults). */
    public RunRequest withVmSettings(UnaryOperator<Vm.Builder> settings) {
        return new RunRequest(source, filename, settings);
    }

    /** The editor's text, named after the file it was opened from, if any. */
    public static RunRequest fromEditor(String source, Optional<Path> file) {
        return new RunRequest(source, file.map(p -> p.toAbsolutePath().normalize().toString()).orElse(EDITOR_FILENAME));
    }
}
