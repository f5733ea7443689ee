package org.ouroboros.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ouroboros.SeedBlocks;

/** Reads the test corpus under src/test/resources/lang. */
public final class Resources {

    private Resources() {
    }

    public static Path langDir() {
        try {
            return Path.of(Resources.class.getResource("/lang").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .py files of the valid-program corpus: lang/programs/ and the course's blocks (see {@link SeedBlocks}). */
    public static List<Path> validPrograms() {
        return Stream.concat(list(langDir().resolve("programs")).stream().filter(p -> p.toString().endsWith(".py")),
                        SeedBlocks.blocks().stream())
                .sorted()
                .collect(Collectors.toList());
    }

    public static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden of a program: next to it ({@code foo.py} → {@code foo.<extension>}), a seed block's in seed/. */
    public static String golden(Path program, String extension) {
        if (program.startsWith(SeedBlocks.programsDir())) {
            return read(SeedBlocks.golden(program, extension));
        }
        String name = program.getFileName().toString();
        return read(program.resolveSibling(name.substring(0, name.length() - 3) + "." + extension));
    }
}
