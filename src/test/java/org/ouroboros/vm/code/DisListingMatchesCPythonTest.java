package org.ouroboros.vm.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.vm.Vm;

/**
 * {@code --dis} shows the code CPython 3.11 compiles: for every {@code dis/<name>.py} the VM's
 * listing, normalised, equals {@code <name>.dis}, CPython's {@code python3 -m dis} listing
 * normalised the same way by {@code src/test/tools/make_dis_goldens.py} (opnames, argument reprs,
 * line starts, exception handler depths; not offsets, which differ because the VM's code has no
 * CACHE entries or PRECALL).
 */
class DisListingMatchesCPythonTest {
    private static final Pattern INSTRUCTION =
            Pattern.compile("^\\s*(\\d+)?\\s+(>>)?\\s*\\d+ ([A-Z_]+)\\s*(\\d+)?\\s*(\\((.*)\\))?\\s*$");
    private static final Pattern CODE =
            Pattern.compile("^Disassembly of <code object (\\S+) at 0x[0-9a-f]+, file \"[^\"]*\", line (\\d+)>:$");
    private static final Pattern HANDLER = Pattern.compile("^\\s+\\d+ to \\d+ -> \\d+ \\[(\\d+)\\]( lasti)?$");

    @TestFactory
    Stream<DynamicTest> listingMatchesCPython() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("dis").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(folder)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            String source = read(program);
            String expected = read(program.resolveSibling(program.getFileName().toString().replace(".py", ".dis")));
            CodeObject code = Vm.builder().build().compile(source, program.getFileName().toString());
            assertEquals(expected, normalise(Disassembler.disassemble(code)));
        }));
    }

    /** The same normalisation as make_dis_goldens.py. */
    static String normalise(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.split("\n")) {
            Matcher m = CODE.matcher(line);
            if (m.matches()) {
                out.add("code " + m.group(1) + " line " + m.group(2));
                continue;
            }
            m = HANDLER.matcher(line);
            if (m.matches()) {
                out.add("handler [" + m.group(1) + "]" + (m.group(2) != null ? " lasti" : ""));
                continue;
            }
            m = INSTRUCTION.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (m.group(1) != null && !m.group(1).equals("0")) {
                out.add("line " + m.group(1));
            }
            String op = m.group(3);
            if (op.equals("PRECALL") || op.equals("CACHE")) {
                continue;
            }
            String arg = m.group(6) == null ? "" : m.group(6);
            if (arg.startsWith("to ")) {
                arg = "";
            }
            arg = arg.replaceAll(" at 0x[0-9a-f]+, file \"[^\"]*\"", "");
            out.add((op + " " + arg).stripTrailing());
        }
        return String.join("\n", out) + "\n";
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
