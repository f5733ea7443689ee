package org.ouroboros.ui.lecture;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouroboros.ui.lecture.LectureFormatException.Problem;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlaybackSpeed;

/**
 * Reads and writes the {@code .ouro} lecture format: UTF-8 text in Java-properties syntax, one
 * entry a line, the program last as {@code source=} with line ends, tabs and control characters
 * escaped. Non-ASCII text (Chinese comments) stays readable; every string round-trips exactly,
 * lone surrogates included ({@code \}{@code uXXXX}).
 *
 * <pre>
 * format=ouroboros-lecture/1
 * lesson=threads
 * view=gil-tab
 * position=120
 * speed=normal
 * theme=dark
 * language=zh_CN
 * presentation=true
 * settings.threads.seed=7
 * source=import threading\n...
 * </pre>
 */
public final class LectureCodec {
    public static final String FORMAT_PREFIX = "ouroboros-lecture/";
    public static final int VERSION = 1;
    public static final String FORMAT = FORMAT_PREFIX + VERSION;
    private static final String SETTINGS_PREFIX = "settings.";
    private static final Pattern FORMAT_LINE = Pattern.compile(Pattern.quote(FORMAT_PREFIX) + "(\\d{1,9})");

    private LectureCodec() {
    }

    public static byte[] encodeBytes(Lecture lecture) {
        return encode(lecture).getBytes(StandardCharsets.UTF_8);
    }

    public static String encode(Lecture lecture) {
        StringBuilder out = new StringBuilder();
        out.append("# Ouroboros lecture\n");
        entry(out, "format", FORMAT);
        entry(out, "lesson", lecture.lesson());
        if (lecture.step() > 0) {
            entry(out, "step", Integer.toString(lecture.step()));
        }
        entry(out, "view", lecture.view());
        entry(out, "position", Integer.toString(lecture.position()));
        entry(out, "speed", lecture.speed().name().toLowerCase(Locale.ROOT));
        entry(out, "theme", lecture.theme().tag());
        entry(out, "language", lecture.language().tag());
        entry(out, "presentation", Boolean.toString(lecture.presentation()));
        lecture.settings().forEach((owner, values) ->
                values.forEach((key, value) -> entry(out, SETTINGS_PREFIX + owner + "." + key, value)));
        entry(out, "source", lecture.source());
        return out.toString();
    }

    /** Decodes file bytes: strict UTF-8 (a leading byte-order mark is allowed), then {@link #decode(String)}. */
    public static Lecture decodeBytes(byte[] bytes) throws LectureFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LectureFormatException(Problem.NOT_A_LECTURE, "not UTF-8 text");
        }
        return decode(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    public static Lecture decode(String text) throws LectureFormatException {
        Properties entries = new Properties();
        try {
            entries.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // Properties rejects a malformed \\uXXXX escape with IllegalArgumentException.
            throw new LectureFormatException(Problem.DAMAGED, String.valueOf(e.getMessage()));
        }
        checkFormat(entries.getProperty("format"));
        String source = required(entries, "source");
        Map<String, Map<String, String>> settings = new TreeMap<>();
        for (String name : entries.stringPropertyNames()) {
            if (name.startsWith(SETTINGS_PREFIX)) {
                String rest = name.substring(SETTINGS_PREFIX.length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) {
                    throw new LectureFormatException(Problem.DAMAGED, name);
                }
                settings.computeIfAbsent(rest.substring(0, dot), o -> new TreeMap<>())
                        .put(rest.substring(dot + 1), entries.getProperty(name));
            }
        }
        try {
            return new Lecture(required(entries, "lesson"),
                    entries.containsKey("step") ? number(entries, "step") : 0,
                    required(entries, "view"),
                    number(entries, "position"),
                    speed(required(entries, "speed")),
                    theme(required(entries, "theme")),
                    language(required(entries, "language")),
                    bool(entries, "presentation"),
                    settings, source);
        } catch (IllegalArgumentException e) {
            throw new LectureFormatException(Problem.DAMAGED, e.getMessage());
        }
    }

    private static void checkFormat(String format) throws LectureFormatException {
        if (format == null) {
            throw new LectureFormatException(Problem.NOT_A_LECTURE, "format");
        }
        Matcher m = FORMAT_LINE.matcher(format.strip());
        if (!m.matches()) {
            throw new LectureFormatException(Problem.NOT_A_LECTURE, "format=" + format);
        }
        int version = Integer.parseInt(m.group(1));
        if (version > VERSION) {
            throw new LectureFormatException(Problem.NEWER_VERSION, format.strip());
        }
        if (version < 1) {
            throw new LectureFormatException(Problem.NOT_A_LECTURE, "format=" + format);
        }
    }

    private static String required(Properties entries, String key) throws LectureFormatException {
        String value = entries.getProperty(key);
        if (value == null) {
            throw new LectureFormatException(Problem.DAMAGED, key);
        }
        return value;
    }

    private static int number(Properties entries, String key) throws LectureFormatException {
        String value = required(entries, key).strip();
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LectureFormatException(Problem.DAMAGED, key + "=" + value);
        }
    }

    private static boolean bool(Properties entries, String key) throws LectureFormatException {
        String value = required(entries, key).strip();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new LectureFormatException(Problem.DAMAGED, key + "=" + value);
    }

    private static PlaybackSpeed speed(String value) throws LectureFormatException {
        for (PlaybackSpeed speed : PlaybackSpeed.values()) {
            if (speed.name().equalsIgnoreCase(value.strip())) {
                return speed;
            }
        }
        throw new LectureFormatException(Problem.DAMAGED, "speed=" + value);
    }

    private static ThemeChoice theme(String value) throws LectureFormatException {
        ThemeChoice theme = ThemeChoice.fromTag(value.strip(), null);
        if (theme == null) {
            throw new LectureFormatException(Problem.DAMAGED, "theme=" + value);
        }
        return theme;
    }

    private static Language language(String value) throws LectureFormatException {
        Language language = Language.fromTag(value.strip(), null);
        if (language == null) {
            throw new LectureFormatException(Problem.DAMAGED, "language=" + value);
        }
        return language;
    }

    private static void entry(StringBuilder out, String key, String value) {
        out.append(key).append('=');
        escapeValue(out, value);
        out.append('\n');
    }

    /** Escapes what {@link Properties#load} would otherwise change: backslashes, line ends, leading blanks, controls. */
    private static void escapeValue(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (needsUnicodeEscape(value, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Controls, line/paragraph separators, byte-order marks and lone surrogates (not valid UTF-8). */
    private static boolean needsUnicodeEscape(String value, int i) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
