package org.ouroboros.lang.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development tool (not a test): writes {@code DIR/javatok_NNNN.txt} for every file listed in
 * {@code DIR/files.txt} in the tokens golden format, to diff against Python's tokenize module.
 */
public final class TokenCompareTool {

    private TokenCompareTool() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> files = Files.readAllLines(dir.resolve("files.txt"));
        for (int i = 0; i < files.size(); i++) {
            String out;
            try {
                String source = Files.readString(Path.of(files.get(i)), StandardCharsets.UTF_8);
                Tokenizer.Result result = Tokenizer.tokenize(source, "t.py");
                out = result.error() != null ? "ERROR " + result.error().msg() : TokenizerTest.dump(result.tokens());
            } catch (IOException e) {
                out = "ERROR UnicodeDecodeError";
            }
            Files.writeString(dir.resolve(String.format("javatok_%04d.txt", i)), out, StandardCharsets.UTF_8);
        }
    }
}
