package org.ouroboros.vm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
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
 * {@code open()} on local text files and {@code input()} reading the VM's stdin behave as in
 * CPython 3.11. The expected texts are CPython's output for the same programs
 * (src/test/resources/vm/open_text_files.out: python3 open_text_files.py DIR, with the folder
 * written as DIR).
 */
class FilesAndStdinTest {
    private record Run(String out, String err, int exit) {}

    private static Run run(String source, String stdin, String... argv) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm.Builder b = Vm.builder().stdout(out).stderr(err).argv(List.of(argv));
        if (stdin != null) {
            b.stdin(new StringReader(stdin));
        }
        RunResult r = b.build().run(source, "prog.py");
        return new Run(out.toString(), err.toString(), r.exitCode());
    }

    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/vm", name), StandardCharsets.UTF_8);
    }

    @Test
    void textFilesAreWrittenAppendedReadAndIteratedWithCPythonsErrors(@TempDir Path dir) throws IOException {
        Run r = run(resource("open_text_files.py"), null, "open_text_files.py", dir.toString());
        assertEquals("", r.err());
        assertEquals(resource("open_text_files.out").replace("DIR", dir.toString()), r.out());
        assertEquals("line one\r\nline two\rline three\n", Files.readString(dir.resolve("notes.txt")),
                "text written as given: no newline translation on Linux");
    }

    @Test
    void aMissingFileEndsTheRunWithCPythonsTraceback(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        Run r = run("open(" + "'" + missing + "')\n", null);
        assertEquals(1, r.exit());
        assertEquals("Traceback (most recent call last):\n  File \"prog.py\", line 1, in <module>\n"
                + "    open('" + missing + "')\n" + "FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'\n", r.err());
    }

    @Test
    void inputReadsLinesFromStdinAndRaisesEofErrorAtTheEnd() {
        String program = "name = input('name? ')\nprint('hello', name)\nprint(repr(input()))\n"
                + "print(repr(input()))\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOFError:', e)\n";
        Run r = run(program, "Ada\r\n\nlast without newline");
        // As CPython: input() drops the \n only, so the \r of a \r\n line end stays.
        assertEquals("name? hello Ada\r\n''\n'last without newline'\nmore? EOFError: EOF when reading a line\n", r.out());
    }

    @Test
    void withoutStdinInputRaisesEofErrorAndRejectsTwoArguments() {
        Run r = run("try:\n    input()\nexcept EOFError as e:\n    print(type(e).__name__, e)\ninput(1, 2)\n", null);
        assertEquals("EOFError EOF when reading a line\n", r.out());
        assertEquals("TypeError: input expected at most 1 argument, got 2", r.err().strip().lines().reduce((a, b) -> b).orElse(""));
    }
}
