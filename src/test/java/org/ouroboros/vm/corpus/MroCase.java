package org.ouroboros.vm.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * One random class hierarchy from {@code mro/hierarchies.txt} (made by
 * {@code src/test/tools/make_mro_goldens.py}): one-line class statements, the last class's name,
 * and CPython 3.11's answer for it: its {@code __mro__} names, or the TypeError message.
 */
public record MroCase(String id, String shape, String classes, String last, List<String> mro, String error) {

    public static List<MroCase> all() {
        ObjectMapper json = new ObjectMapper();
        try {
            List<MroCase> cases = new ArrayList<>();
            for (String line : Files.readAllLines(CorpusProgram.resourceFolder("mro").resolve("hierarchies.txt"),
                    StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    cases.add(parse(json.readTree(line)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MroCase parse(JsonNode node) {
        List<String> mro = new ArrayList<>();
        node.path("mro").forEach(name -> mro.add(name.asText()));
        return new MroCase(node.get("id").asText(), node.get("shape").asText(), node.get("classes").asText(),
                node.get("last").asText(), List.copyOf(mro), node.has("error") ? node.get("error").asText() : null);
    }

    /** The program both CPython (when the golden was made) and the VM run: the same recipe as the generator. */
    public String probeProgram() {
        List<String> lines = List.of(classes.strip().split("\n"));
        StringBuilder program = new StringBuilder();
        lines.subList(0, lines.size() - 1).forEach(line -> program.append(line).append('\n'));
        program.append("try:\n")
                .append("    ").append(lines.get(lines.size() - 1)).append('\n')
                .append("except TypeError as e:\n")
                .append("    print(\"TypeError: \" + str(e))\n")
                .append("else:\n")
                .append("    print(\"mro: \" + \" \".join(c.__name__ for c in ").append(last).append(".__mro__))\n")
                .append("    print(\"mro() agrees: \" + str(").append(last).append(".mro() == list(")
                .append(last).append(".__mro__)))\n");
        return program.toString();
    }

    /** What the probe prints in CPython 3.11. */
    public String expectedOutput() {
        if (error != null) {
            return "TypeError: " + error + "\n";
        }
        return "mro: " + String.join(" ", mro) + "\nmro() agrees: True\n";
    }

    public int classCount() {
        return classes.strip().split("\n").length;
    }
}
