package org.ouroboros.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.ExecutionEvent.ExceptionRaised;
import org.ouroboros.trace.ExecutionEvent.FrameEntered;
import org.ouroboros.trace.ExecutionEvent.FrameExited;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;

class TraceJsonTest {
    private static final Trace EVERY_EXECUTION_EVENT = Trace.of(
            new FrameEntered(0, "<module>", 0, 1),
            new LineReached(0, "<module>", 1),
            new FrameEntered(0, "greet", 1, 2),
            new OutputWritten(0, "你好, world\n", false),
            new ExceptionRaised(0, "ValueError", "bad \"value\"", 3),
            new FrameExited(0, "greet", 1, null, true),
            new OutputWritten(0, "Traceback...\n", true),
            new FrameExited(0, "<module>", 0, "None", false));

    @Test
    void theCoreExecutionEventsRoundTrip() throws Exception {
        // Families added later are covered by TraceJsonPropertyTest, which generates every permitted type.
        assertEquals(EVERY_EXECUTION_EVENT, TraceJson.fromJson(TraceJson.toJson(EVERY_EXECUTION_EVENT)));
    }

    @Test
    void writesTheDocumentedShapeWithOneEventPerLine() throws Exception {
        String json = TraceJson.toJson(Trace.of(new LineReached(0, "f", 3), new ExceptionRaised(1, "KeyError", "'k'", 9)));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("ouroboros-trace", root.get("format").textValue());
        assertEquals(1, root.get("version").intValue());
        assertEquals("LineReached", root.get("events").get(0).get("type").textValue());
        assertEquals(3, root.get("events").get(0).get("fields").get("line").intValue());
        // A component called "type" does not clash with the event's type tag.
        assertEquals("ExceptionRaised", root.get("events").get(1).get("type").textValue());
        assertEquals("KeyError", root.get("events").get(1).get("fields").get("type").textValue());
        assertEquals(4, json.split("\n").length, json);
    }

    private static void recordsUnder(Class<?> sealed, List<String> names) {
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isRecord()) {
                names.add(sub.getSimpleName());
            } else {
                recordsUnder(sub, names);
            }
        }
    }

    @Test
    void everyEventRecordHasAUniqueSimpleNameAndIsExported() {
        List<String> all = new java.util.ArrayList<>();
        recordsUnder(TraceEvent.class, all);
        assertEquals(all.size(), new HashSet<>(all).size(), "duplicate simple names in " + all);
        assertEquals(all, TraceJson.eventTypeNames());
        assertTrue(all.containsAll(List.of("LineReached", "FrameEntered", "FrameExited", "OutputWritten",
                "ExceptionRaised", "TraceTruncated")), all.toString());
    }

    sealed interface Clashing permits First.Same, Second.Same {}

    static final class First {
        record Same(int a) implements Clashing {}
    }

    static final class Second {
        record Same(int b) implements Clashing {}
    }

    @Test
    void aFamilyWithTwoRecordsOfTheSameSimpleNameIsRefused() {
        var error = assertThrows(IllegalStateException.class, () -> new RecordFamily(Clashing.class));
        assertTrue(error.getMessage().contains("'Same'"), error.getMessage());
    }

    sealed interface Unsupported permits HoldsObject {}

    record HoldsObject(Object anything) implements Unsupported {}

    @Test
    void aFieldTypeJsonCannotCarryIsRefusedAtDiscovery() {
        var error = assertThrows(IllegalStateException.class, () -> TraceJson.forFamily(Unsupported.class));
        assertTrue(error.getMessage().contains("HoldsObject.anything"), error.getMessage());
    }

    @Test
    void truncationMarkerSurvivesTheRoundTrip() throws Exception {
        TraceRecorder recorder = new TraceRecorder(3);
        for (int line = 1; line <= 5; line++) {
            recorder.emit(new LineReached(0, "<module>", line));
        }
        Trace trace = recorder.finish();
        Trace back = TraceJson.fromJson(TraceJson.toJson(trace));
        assertTrue(back.truncated());
        assertEquals(new TraceTruncated(3), back.get(back.size() - 1));
        assertEquals(trace, back);
    }

    @Test
    void fileRoundTripKeepsChineseReadableAndUnpairedSurrogatesExact(@TempDir Path dir) throws Exception {
        Trace trace = Trace.of(new OutputWritten(0, "一切皆对象 \uD800 😀", false));
        Path file = dir.resolve("t.json");
        TraceJson.write(trace, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("一切皆对象"), text);
        assertTrue(text.contains("\\uD800"), text);
        assertEquals(trace, TraceJson.read(file));
    }

    @Test
    void emptyTraceRoundTrips() throws Exception {
        StringWriter out = new StringWriter();
        TraceJson.write(new Trace(List.of()), out);
        assertEquals(new Trace(List.of()), TraceJson.read(new StringReader(out.toString())));
    }

    @Test
    void headerMayComeAfterTheEvents() throws Exception {
        String json = "{\"events\":[{\"type\":\"LineReached\",\"fields\":{\"thread\":0,\"function\":\"f\",\"line\":2}}],"
                + "\"version\":1,\"format\":\"ouroboros-trace\"}";
        assertEquals(Trace.of(new LineReached(0, "f", 2)), TraceJson.fromJson(json));
    }

    // ---- bad input: every rejection says what and where ----

    private static TraceFormatException rejected(String json) {
        return assertThrows(TraceFormatException.class, () -> TraceJson.fromJson(json));
    }

    private static final String HEADER = "{\"format\":\"ouroboros-trace\",\"version\":1,\"events\":[\n";

    @Test
    void malformedJsonReportsLineAndColumn() {
        var error = rejected(HEADER + "{\"type\":\"LineReached\",\"fields\":{\"thread\":0,,}}]}");
        assertEquals(2, error.line());
        assertTrue(error.column() > 1);
        assertTrue(error.getMessage().startsWith("invalid trace at line 2, column "), error.getMessage());
        assertTrue(error.getMessage().contains("malformed JSON"), error.getMessage());
    }

    @Test
    void truncatedFileIsMalformed() {
        var error = rejected(HEADER + "{\"type\":\"LineReached\"");
        assertTrue(error.getMessage().contains("malformed JSON"), error.getMessage());
    }

    @Test
    void unknownEventTypeIsNamedWithItsPosition() {
        var error = rejected(HEADER + "{\"type\":\"LineReached\",\"fields\":{\"thread\":0,\"function\":\"f\",\"line\":1}},\n"
                + "  {\"type\":\"Teleported\",\"fields\":{}}]}");
        assertEquals(3, error.line());
        assertEquals(3, error.column());
        assertTrue(error.getMessage().contains("event 1: unknown TraceEvent type \"Teleported\""), error.getMessage());
        assertTrue(error.getMessage().contains("LineReached"), "lists the known types: " + error.getMessage());
    }

    @Test
    void otherVersionsAreRejected() {
        var error = rejected("{\"format\":\"ouroboros-trace\",\"version\":2,\"events\":[]}");
        assertTrue(error.getMessage().contains("unsupported trace version 2; this Ouroboros reads version 1"),
                error.getMessage());
        assertEquals(1, error.line());
    }

    @Test
    void otherFormatsAreRejected() {
        assertTrue(rejected("{\"format\":\"chrome-trace\",\"version\":1,\"events\":[]}").getMessage()
                .contains("not an Ouroboros trace"));
        assertTrue(rejected("[1,2,3]").getMessage().contains("expected a JSON object"));
        assertTrue(rejected("{\"version\":1,\"events\":[]}").getMessage().contains("missing \"format\""));
        assertTrue(rejected("{\"format\":\"ouroboros-trace\",\"events\":[]}").getMessage().contains("missing \"version\""));
        assertTrue(rejected("{\"format\":\"ouroboros-trace\",\"version\":1}").getMessage().contains("missing \"events\""));
        assertTrue(rejected("{\"format\":\"ouroboros-trace\",\"version\":1,\"events\":[],\"x\":0}").getMessage()
                .contains("unknown top-level field \"x\""));
        assertTrue(rejected("{\"format\":\"ouroboros-trace\",\"version\":1,\"events\":[]} {}").getMessage()
                .contains("unexpected content after the trace object"));
    }

    @Test
    void fieldProblemsNameTheField() {
        String missing = HEADER + "{\"type\":\"LineReached\",\"fields\":{\"thread\":0,\"function\":\"f\"}}]}";
        assertTrue(rejected(missing).getMessage().contains("event 0 (LineReached): missing field \"line\""));

        String wrongKind = HEADER + "{\"type\":\"LineReached\",\"fields\":{\"thread\":0,\"function\":\"f\",\"line\":\"3\"}}]}";
        assertTrue(rejected(wrongKind).getMessage().contains("event 0 (LineReached).line: expected an int"));

        String tooBig = HEADER + "{\"type\":\"LineReached\",\"fields\":{\"thread\":0,\"function\":\"f\",\"line\":3000000000}}]}";
        assertTrue(rejected(tooBig).getMessage().contains("out of range for an int"));

        String extra = HEADER + "{\"type\":\"TraceTruncated\",\"fields\":{\"cap\":3,\"why\":\"x\"}}]}";
        assertTrue(rejected(extra).getMessage().contains("unknown field \"why\""));

        String primitiveNull = HEADER + "{\"type\":\"TraceTruncated\",\"fields\":{\"cap\":null}}]}";
        assertTrue(rejected(primitiveNull).getMessage().contains("event 0 (TraceTruncated).cap: expected int, found null"));

        String noFields = HEADER + "{\"type\":\"TraceTruncated\"}]}";
        assertTrue(rejected(noFields).getMessage().contains("missing \"fields\""));
    }

    @Test
    void everyValueKindOfTheSampleFamilyRoundTrips() throws Exception {
        TraceJson json = TraceJson.forFamily(SampleFamily.class);
        List<Object> events = List.of(
                new SampleFamily.Scalars(true, (byte) -7, (short) 300, -1, Long.MIN_VALUE, 0.1f, -0.0, '\u0000', "x"),
                new SampleFamily.Scalars(false, (byte) 0, (short) 0, 0, 0, Float.NaN, Double.NEGATIVE_INFINITY, '好', null),
                new SampleFamily.Boxed(null, 1, null, Double.NaN, -0.0f, 'c', SampleFamily.Colour.GREEN),
                new SampleFamily.Nested(new SampleFamily.Point(1, 2),
                        new SampleFamily.Square(List.of(new SampleFamily.Point(0, 0))),
                        List.of("a", "b"), List.of(List.of(1, 2), List.of()), List.of(SampleFamily.Colour.RED)),
                new SampleFamily.Nested(null, new SampleFamily.Circle(1e-300), List.of(), List.of(), List.of()),
                new SampleFamily.Empty());
        StringWriter out = new StringWriter();
        json.writeEvents(events, out);
        assertEquals(events, json.readEvents(new StringReader(out.toString())));
        assertFalse(out.toString().contains("NaN\n"), "NaN is written as a string, never a bare token");
    }
}
