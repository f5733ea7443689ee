package org.ouroboros.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Development tool (not a test): prints "name|Kind|msg|line|offset" for every .py file of a
 * folder (or of a list given as {@code @files.txt}), in the format of the make_goldens-style probe, to compare with python3 quickly.
 */
public final class ErrorProbe {

    private ErrorProbe() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        if (args[0].startsWith("@")) {
            files = Files.readAllLines(Path.of(args[0].substring(1))).stream().map(Path::of)
                    .collect(Collectors.toList());
        } else {
            try (var stream = Files.list(Path.of(args[0]))) {
                files = stream.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String source;
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.out.println(name + "|UNREADABLE");
                continue;
            }
            try {
                FrontEnd.analyze(source, name);
                System.out.println(name + "|OK");
            } catch (PySyntaxError e) {
                System.out.println(name + "|" + e.kind() + "|" + e.msg() + "|" + e.line() + "|" + e.col());
            } catch (RuntimeException | StackOverflowError e) {
                System.out.println(name + "|JAVA|" + e);
            }
        }
    }
}
