package org.ouroboros.vm.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the differential corpus ({@code corpus/<topic>/<name>.py}) with the goldens that
 * CPython 3.11 produced for it ({@code .out}, {@code .err} when not empty, {@code .exit}); see
 * {@code src/test/tools/make_goldens.py}.
 */
public record CorpusProgram(String topic, String name, Path file, String source, ProgramOutput expected) {

    public String fileName() {
        return file.getFileName().toString();
    }

    public String displayName() {
        return topic + "/" + name;
    }

    /** Every program under the {@code corpus} test resource folder, sorted by topic then name. */
    public static List<CorpusProgram> all() {
        Path root = resourceFolder("corpus");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".py"))
                    .sorted()
                    .map(p -> load(root, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resourceFolder(String name) {
        URL url = CorpusProgram.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource folder '" + name + "' is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CorpusProgram load(Path root, Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.py$", "");
        String topic = root.relativize(file.getParent()).toString().replace('\\', '/');
        String exit = read(file.resolveSibling(base + ".exit")).strip();
        if (exit.isEmpty()) {
            throw new IllegalStateException("no .exit golden for " + file + ": run make_goldens.py");
        }
        ProgramOutput expected = new ProgramOutput(
                read(file.resolveSibling(base + ".out")),
                read(file.resolveSibling(base + ".err")),
                Integer.parseInt(exit));
        return new CorpusProgram(topic, base, file, read(file), expected);
    }

    private static String read(Path path) {
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
