package org.ouroboros.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import picocli.CommandLine;

/** Runs {@code ouroboros export} in-process for a test, into a temporary folder, keeping its output. */
abstract class ExportCommandTestBase extends FxTestBase {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** A command that writes to {@link #out} and {@link #err}, for tests that set its hooks first. */
    ExportCommand command() {
        ExportCommand command = new ExportCommand();
        command.stdout = out;
        command.stderr = err;
        return command;
    }

    int export(ExportCommand command, String... args) {
        return new CommandLine(command).execute(args);
    }

    int export(String... args) {
        return export(command(), args);
    }
}
