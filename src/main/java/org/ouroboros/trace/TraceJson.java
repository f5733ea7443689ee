package org.ouroboros.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Trace export and import as JSON.
 *
 * <h2>Format, version 1</h2>
 * <pre>{@code
 * {"format":"ouroboros-trace","version":1,"events":[
 * {"type":"FrameEntered","fields":{"thread":0,"function":"<module>","depth":0,"line":1}},
 * {"type":"OutputWritten","fields":{"thread":0,"text":"hi\n","stderr":false}},
 * {"type":"TraceTruncated","fields":{"cap":1000000}}
 * ]}
 * }</pre>
 * <ul>
 *   <li>{@code type} is the simple name of a record permitted (directly or through nested sealed
 *       interfaces) by {@link TraceEvent}; every such record is exported, so event families
 *       added later need no change here. Names are unique across the family.</li>
 *   <li>{@code fields} holds the record's components by name. Values: strings, numbers,
 *       booleans, {@code null}; enums by constant name; lists as arrays; nested records as
 *       objects; a field whose type is a sealed interface as another {@code type}/{@code fields}
 *       object. {@code NaN}, infinities and {@code -0.0} are strings ({@code "NaN"}...).</li>
 *   <li>A truncated trace ends with its {@code TraceTruncated} event, like any other.</li>
 *   <li>Import is strict: another format, another version, an unknown event type, a missing or
 *       unknown field, or a value of the wrong kind is rejected with a
 *       {@link TraceFormatException} that gives the line and column of the offending event.</li>
 * </ul>
 * Files are UTF-8; surrogate characters are escaped so unpaired ones survive any writer.
 */
public final class TraceJson {
    public static final String FORMAT = "ouroboros-trace";
    public static final int VERSION = 1;

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("format", "version", "events");

    private final RecordJsonCodec codec = new RecordJsonCodec();
    private final Class<?> eventRoot;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    private TraceJson(Class<?> eventRoot) {
        this.eventRoot = eventRoot;
        this.mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.factory = mapper.getFactory();
        codec.family(eventRoot);
    }

    private static final class Holder {
        static final TraceJson INSTANCE = new TraceJson(TraceEvent.class);
    }

    private static TraceJson instance() {
        return Holder.INSTANCE;
    }

    /** The event type names this version exports, in declaration order. */
    public static List<String> eventTypeNames() {
        return List.copyOf(instance().codec.family(TraceEvent.class).byName().keySet());
    }

    public static void write(Trace trace, Writer out) throws IOException {
        instance().writeEvents(trace.events(), out);
    }

    public static void write(Trace trace, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(trace, out);
        }
    }

    public static String toJson(Trace trace) {
        StringWriter out = new StringWriter();
        try {
            write(trace, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Trace read(Reader in) throws IOException {
        List<TraceEvent> events = new ArrayList<>();
        for (Object event : instance().readEvents(in)) {
            events.add((TraceEvent) event);
        }
        return new Trace(events);
    }

    public static Trace read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static Trace fromJson(String json) throws TraceFormatException {
        try {
            return read(new StringReader(json));
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A codec for another sealed family of records: lets tests exercise every supported value kind. */
    static TraceJson forFamily(Class<?> sealedRoot) {
        return new TraceJson(sealedRoot);
    }

    void writeEvents(List<?> events, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(SurrogateEscapes.INSTANCE);
            json.setPrettyPrinter(new OneEventPerLine());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("events");
            for (Object event : events) {
                codec.writeTagged(json, eventRoot, (Record) event);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    List<Object> readEvents(Reader in) throws TraceFormatException {
        try (JsonParser json = factory.createParser(in)) {
            return new Import(json).run();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TraceFormatException("malformed JSON: " + e.getOriginalMessage(),
                    at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), e);
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TraceFormatException("cannot read: " + e.getMessage(), -1, -1, e);
        }
    }

    /** One pass over the top-level object; events are decoded as soon as the header is known. */
    private final class Import {
        private final JsonParser json;
        private String format;
        private Integer version;
        private boolean sawEvents;
        private final List<Object> events = new ArrayList<>();
        private final List<JsonNode> pendingNodes = new ArrayList<>();
        private final List<JsonLocation> pendingAt = new ArrayList<>();

        Import(JsonParser json) {
            this.json = json;
        }

        List<Object> run() throws IOException {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw problem("expected a JSON object {\"format\":\"" + FORMAT + "\", ...}", json.currentTokenLocation());
            }
            JsonLocation objectStart = json.currentTokenLocation();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                JsonLocation keyAt = json.currentTokenLocation();
                json.nextToken();
                switch (key) {
                    case "format" -> readFormat(keyAt);
                    case "version" -> readVersion(keyAt);
                    case "events" -> readEventArray(keyAt);
                    default -> throw problem("unknown top-level field \"" + key + "\" (expected " + TOP_LEVEL_KEYS + ")", keyAt);
                }
            }
            if (json.nextToken() != null) {
                throw problem("unexpected content after the trace object", json.currentTokenLocation());
            }
            if (format == null) {
                throw problem("missing \"format\": this is not an Ouroboros trace", objectStart);
            }
            if (version == null) {
                throw problem("missing \"version\"", objectStart);
            }
            if (!sawEvents) {
                throw problem("missing \"events\"", objectStart);
            }
            for (int i = 0; i < pendingNodes.size(); i++) {
                events.add(decode(pendingNodes.get(i), i, pendingAt.get(i)));
            }
            return events;
        }

        private void readFormat(JsonLocation at) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING || !FORMAT.equals(json.getText())) {
                throw problem("not an Ouroboros trace: \"format\" is " + json.getText() + ", expected \"" + FORMAT + "\"", at);
            }
            format = json.getText();
        }

        private void readVersion(JsonLocation at) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw problem("\"version\" must be a whole number, found " + json.getText(), at);
            }
            if (json.getNumberType() != JsonParser.NumberType.INT || json.getIntValue() != VERSION) {
                throw problem("unsupported trace version " + json.getText() + "; this Ouroboros reads version " + VERSION, at);
            }
            version = VERSION;
        }

        private void readEventArray(JsonLocation at) throws IOException {
            if (json.currentToken() != JsonToken.START_ARRAY) {
                throw problem("\"events\" must be an array", at);
            }
            sawEvents = true;
            while (json.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation eventAt = json.currentTokenLocation();
                JsonNode node = mapper.readTree(json);
                int index = events.size() + pendingNodes.size();
                if (format != null && version != null && pendingNodes.isEmpty()) {
                    events.add(decode(node, index, eventAt));
                } else {
                    pendingNodes.add(node);
                    pendingAt.add(eventAt);
                }
            }
        }

        private Object decode(JsonNode node, int index, JsonLocation at) throws TraceFormatException {
            try {
                return codec.readTagged(node, eventRoot, "event " + index);
            } catch (RecordJsonCodec.DecodeException e) {
                throw problem(e.getMessage(), at);
            }
        }

        private TraceFormatException problem(String message, JsonLocation at) {
            return new TraceFormatException(message, at.getLineNr(), at.getColumnNr(), null);
        }
    }

    /** Puts each event on its own line, so a trace file diffs and greps well. */
    private static final class OneEventPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (isEventArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(isEventArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (isEventArray(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

        private static boolean isEventArray(JsonGenerator g) {
            var context = g.getOutputContext();
            return context.inArray() && context.getParent() != null && context.getParent().getParent() != null
                    && context.getParent().getParent().inRoot();
        }
    }

    /** Escapes surrogates as {@code \\uXXXX}: an unpaired one would be lost by a UTF-8 writer. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        static final SurrogateEscapes INSTANCE = new SurrogateEscapes();
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (Character.isSurrogate((char) ch)) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
