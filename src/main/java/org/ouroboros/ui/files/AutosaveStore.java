package org.ouroboros.ui.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.ouroboros.ui.prefs.AtomicFiles;

/**
 * The editor's safety net in the config folder. An autosave exists only while there are unsaved
 * edits: a save or a clean exit deletes it, so finding one at start means the last session
 * ended without saving (a crash, a kill, a power cut) and its text should be restored.
 *
 * <p>Blocking I/O: call off the FX thread.
 */
public final class AutosaveStore {
    static final String TEXT_FILE = "autosave.py";
    static final String META_FILE = "autosave.properties";

    private final Path textFile;
    private final Path metaFile;

    public AutosaveStore(Path configDir) {
        this.textFile = configDir.resolve(TEXT_FILE);
        this.metaFile = configDir.resolve(META_FILE);
    }

    /** What an autosave holds: the text and the file it was edited from, if it had one. */
    public record Snapshot(String text, Optional<Path> sourceFile) {}

    public void write(Snapshot snapshot) throws IOException {
        AtomicFiles.writeString(textFile, snapshot.text());
        Properties meta = new Properties();
        snapshot.sourceFile().ifPresent(file -> meta.setProperty("source", file.toString()));
        meta.setProperty("savedAtMillis", String.valueOf(System.currentTimeMillis()));
        StringWriter out = new StringWriter();
        meta.store(out, "Ouroboros autosave");
        AtomicFiles.writeString(metaFile, out.toString());
    }

    public Optional<Snapshot> read() {
        if (!Files.isRegularFile(textFile)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            return Optional.of(new Snapshot(text, readSource()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete() throws IOException {
        Files.deleteIfExists(textFile);
        Files.deleteIfExists(metaFile);
    }

    private Optional<Path> readSource() {
        if (!Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
            meta.load(reader);
            String source = meta.getProperty("source");
            return source == null ? Optional.empty() : Optional.of(Path.of(source));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
