package org.ouroboros.ui.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a UTF-8 source file for the editor. Blocking: call it off the FX thread. Files above the
 * size limit are refused before reading, so a huge file cannot freeze or exhaust the app.
 */
public final class TextFileReader {
    /** 5 MB: far beyond any lesson file, small enough for the editor to stay responsive. */
    public static final long DEFAULT_LIMIT_BYTES = 5L * 1024 * 1024;

    private final long limitBytes;

    public TextFileReader(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    public TextFileReader() {
        this(DEFAULT_LIMIT_BYTES);
    }

    public ReadResult read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return new ReadResult.Missing(file);
            }
            long size = Files.size(file);
            if (size > limitBytes) {
                return new ReadResult.TooLarge(file, size, limitBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new ReadResult.Loaded(file, stripBom(text));
        } catch (NoSuchFileException e) {
            return new ReadResult.Missing(file);
        } catch (CharacterCodingException e) {
            return new ReadResult.NotText(file);
        } catch (IOException e) {
            return new ReadResult.Failed(file, String.valueOf(e.getMessage()));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
