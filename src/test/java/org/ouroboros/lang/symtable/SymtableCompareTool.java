package org.ouroboros.lang.symtable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.parser.Parser;

/**
 * Development tool (not a test): writes {@code DIR/javasym_NNNN.txt} for every file listed in
 * {@code DIR/files.txt}, in the symtable golden format, to diff against python3's symtable.
 */
public final class SymtableCompareTool {

    private SymtableCompareTool() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> files = Files.readAllLines(dir.resolve("files.txt"));
        for (int i = 0; i < files.size(); i++) {
            String out;
            try {
                String source = Files.readString(Path.of(files.get(i)), StandardCharsets.UTF_8);
                SymbolTable table = SymbolTable.build(Parser.parse(source, "p.py"), source, "p.py");
                List<String> lines = new ArrayList<>();
                SymbolTableTest.dump(table.top(), 0, lines);
                out = String.join("\n", lines) + "\n";
            } catch (IOException e) {
                out = "ERROR UnicodeDecodeError";
            } catch (PySyntaxError e) {
                out = "ERROR SyntaxError";
            } catch (RuntimeException | StackOverflowError e) {
                out = "JAVA " + e;
            }
            Files.writeString(dir.resolve(String.format("javasym_%04d.txt", i)), out, StandardCharsets.UTF_8);
        }
    }
}
