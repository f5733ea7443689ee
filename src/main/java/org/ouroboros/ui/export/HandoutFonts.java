package org.ouroboros.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts a handout is set in, read from the system rather than shipped (a CJK font is ~5 MB;
 * the installer stays small): the first TrueType font (.ttf/.ttc) of a list of usual places that
 * has every character the handout prints. WenQuanYi Micro Hei (Debian {@code fonts-wqy-microhei},
 * Apache-2.0, embedding allowed) comes first; its collection also gives a monospaced face for code.
 */
public final class HandoutFonts implements AutoCloseable {
    /** Usual TrueType-outline fonts with Chinese (and Latin) glyphs on Linux, Windows and macOS, then Latin-only ones. */
    public static final List<Path> SYSTEM_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/msyh.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("C:/Windows/Fonts/arial.ttf"));

    private final Path file;
    private final TrueTypeFont text;
    private final TrueTypeFont code;
    private final List<AutoCloseable> open;

    private HandoutFonts(Path file, TrueTypeFont text, TrueTypeFont code, List<AutoCloseable> open) {
        this.file = file;
        this.text = text;
        this.code = code;
        this.open = open;
    }

    /**
     * The first of {@code candidates} that exists, loads, and has a glyph for each character of
     * {@code needed} (spaces and line breaks aside).
     *
     * @throws IOException naming the places tried and how to fix it, when none fits
     */
    public static HandoutFonts find(List<Path> candidates, String needed) throws IOException {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            Optional<HandoutFonts> fonts = open(candidate);
            if (fonts.isEmpty()) {
                tried.add(candidate + " (not a TrueType font PDFBox can read)");
                continue;
            }
            int missing = fonts.get().firstMissing(needed);
            if (missing < 0) {
                return fonts.get();
            }
            tried.add(candidate + " (no glyph for '" + Character.toString(missing) + "')");
            fonts.get().close();
        }
        throw new IOException("no font with every character of this handout was found"
                + (tried.isEmpty() ? "" : "; tried " + String.join(", ", tried))
                + ". Install a Chinese TrueType font (on Debian/Ubuntu: apt-get install fonts-wqy-microhei)"
                + " or name one with --font FILE.ttf|.ttc");
    }

    private static Optional<HandoutFonts> open(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> faces = new ArrayList<>();
                collection.processAllFonts(faces::add);
                if (faces.isEmpty()) {
                    collection.close();
                    return Optional.empty();
                }
                TrueTypeFont regular = faces.stream().filter(f -> !isMono(f)).findFirst().orElse(faces.get(0));
                TrueTypeFont mono = faces.stream().filter(HandoutFonts::isMono).findFirst().orElse(regular);
                return Optional.of(new HandoutFonts(file, regular, mono, List.of(collection)));
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(file.toString())));
            return Optional.of(new HandoutFonts(file, font, font, List.of(font)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isMono(TrueTypeFont font) {
        try {
            return font.getName() != null && font.getName().toLowerCase(java.util.Locale.ROOT).contains("mono");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The first letter, digit or punctuation mark of {@code needed} a face cannot draw, or -1.
     * Symbols such as emoji do not count: few fonts have them, and {@link #printable} stands in for them.
     */
    int firstMissing(String needed) {
        for (int cp : needed.codePoints().toArray()) {
            if (!isEssential(cp)) {
                continue;
            }
            if (!has(text, cp) || !has(code, cp)) {
                return cp;
            }
        }
        return -1;
    }

    /** Letters, digits and punctuation of the basic plane: the text cannot be read without them. */
    private static boolean isEssential(int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    /** Marks and format characters (an emoji's variation selector, a zero-width joiner) print as nothing. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static boolean has(TrueTypeFont font, int cp) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(cp) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code s} with each character the face lacks (an emoji, say) shown as a white square or '?'. */
    String printable(String s, boolean inCode) {
        TrueTypeFont face = inCode ? code : text;
        int stand = has(face, 0x25A1) ? 0x25A1 : '?';
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ' || has(face, cp)) {
                out.appendCodePoint(cp);
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(stand);
            }
        });
        return out.toString();
    }

    public Path file() {
        return file;
    }

    TrueTypeFont text() {
        return text;
    }

    TrueTypeFont code() {
        return code;
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing a font file we only read from.
            }
        }
    }
}
