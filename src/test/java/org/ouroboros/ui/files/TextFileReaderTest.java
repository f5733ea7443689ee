package org.ouroboros.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() throws Exception {
        Path file = dir.resolve("a.py");
        Files.writeString(file, "\uFEFFprint('你好')\n", StandardCharsets.UTF_8);
        ReadResult result = new TextFileReader().read(file);
        assertEquals("print('你好')\n", assertInstanceOf(ReadResult.Loaded.class, result).text());
    }

    @Test
    void aMissingFileIsReportedAsMissing() {
        assertInstanceOf(ReadResult.Missing.class, new TextFileReader().read(dir.resolve("nope.py")));
        assertInstanceOf(ReadResult.Missing.class, new TextFileReader().read(dir), "a folder is not a file");
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithItsSize() throws Exception {
        Path file = dir.resolve("big.py");
        Files.write(file, new byte[2048]);
        ReadResult result = new TextFileReader(1024).read(file);
        ReadResult.TooLarge tooLarge = assertInstanceOf(ReadResult.TooLarge.class, result);
        assertEquals(2048, tooLarge.sizeBytes());
        assertEquals(1024, tooLarge.limitBytes());
    }

    @Test
    void binaryIsNotText() throws Exception {
        Path file = dir.resolve("x.pyc");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        assertInstanceOf(ReadResult.NotText.class, new TextFileReader().read(file));
    }
}
