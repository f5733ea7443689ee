package org.ouroboros.vm.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;

/**
 * {@code open()} in binary ({@code rb wb ab xb}) and update ({@code r+ w+ a+ x+}, {@code r+b} …)
 * modes: bytes in and out, seek/tell, read(n)/readline/iteration, text read-ahead, newline
 * handling, and every error text of closed files and unsupported operations. The expected text
 * is CPython 3.11's output for the same program
 * (src/test/resources/vm/open_binary_and_update_modes.out: python3 open_binary_and_update_modes.py
 * DIR, with the folder written as DIR). Files are written only under the test's temporary folder.
 */
class OpenModesTest {
    private record Run(String out, String err, int exit) {}

    private static Run run(String source, String... argv) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunResult r = Vm.builder().stdout(out).stderr(err).argv(List.of(argv)).build().run(source, "prog.py");
        return new Run(out.toString(), err.toString(), r.exitCode());
    }

    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/vm", name), StandardCharsets.UTF_8);
    }

    @Test
    void binaryAndUpdateModesBehaveAsCPython(@TempDir Path dir) throws IOException {
        Run r = run(resource("open_binary_and_update_modes.py"), "open_binary_and_update_modes.py", dir.toString());
        assertEquals("", r.err());
        assertEquals(resource("open_binary_and_update_modes.out").replace("DIR", dir.toString()), r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void bytesReachTheFileExactlyAndSeekingRewritesInPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.bin");
        String program = "import sys\np = sys.argv[1]\n"
                + "with open(p, 'wb') as f:\n    f.write(bytes([0, 255, 10, 13]))\n    f.write(bytearray(b'xyz'))\n"
                + "with open(p, 'r+b') as f:\n    f.seek(1)\n    f.write(b'A')\n    f.seek(-1, 2)\n    print(f.read(), f.tell())\n"
                + "with open(p, 'ab') as f:\n    f.write(b'!')\n";
        Run r = run(program, "prog.py", file.toString());
        assertEquals("", r.err());
        assertEquals("b'z' 7\n", r.out());
        assertArrayEquals(new byte[] {0, 'A', 10, 13, 'x', 'y', 'z', '!'}, Files.readAllBytes(file));
    }

    @Test
    void exclusiveCreationRefusesAnExistingFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("once.txt");
        Files.writeString(file, "already here");
        Run r = run("import sys\nopen(sys.argv[1], 'x')\n", "prog.py", file.toString());
        assertEquals(1, r.exit());
        assertEquals("FileExistsError: [Errno 17] File exists: '" + file + "'",
                r.err().strip().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("already here", Files.readString(file), "the existing file is untouched");
    }
}
