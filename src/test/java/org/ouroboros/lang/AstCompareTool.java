package org.ouroboros.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ouroboros.lang.ast.AstDumper;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.parser.Parser;

/**
 * Development tool (not a test): parses every file listed in {@code DIR/files.txt} and writes
 * {@code DIR/java_NNNN.txt} in {@code ast.dump(include_attributes=True)} format, to diff against
 * python3's dumps of the same files (e.g. the whole standard library).
 */
public final class AstCompareTool {

    private AstCompareTool() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> files = Files.readAllLines(dir.resolve("files.txt"));
        for (int i = 0; i < files.size(); i++) {
            String out;
            try {
                String source = Files.readString(Path.of(files.get(i)), StandardCharsets.UTF_8);
                Module module = Parser.parse(source, files.get(i));
                out = AstDumper.dumpWithByteOffsets(module, source);
            } catch (PySyntaxError e) {
                out = "SyntaxError: " + e.msg() + " " + e.line() + ":" + e.col();
            } catch (IOException e) {
                out = "UNREADABLE " + e;
            } catch (RuntimeException | StackOverflowError e) {
                out = "JAVA " + e;
            }
            Files.writeString(dir.resolve(String.format("java_%04d.txt", i)), out, StandardCharsets.UTF_8);
        }
    }
}
