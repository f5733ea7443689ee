package org.ouroboros.ui.files;

import java.nio.file.Path;

/** The outcome of reading a source file: its text, or why the user cannot have it. */
public sealed interface ReadResult {
    Path file();

    record Loaded(Path file, String text) implements ReadResult {}

    record Missing(Path file) implements ReadResult {}

    record TooLarge(Path file, long sizeBytes, long limitBytes) implements ReadResult {}

    record NotText(Path file) implements ReadResult {}

    record Failed(Path file, String reason) implements ReadResult {}
}
