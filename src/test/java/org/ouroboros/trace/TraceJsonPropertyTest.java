package org.ouroboros.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TraceJsonPropertyTest {

    @Provide
    Arbitrary<Trace> traces() {
        Arbitrary<List<Record>> events = RecordArbitraries.ofFamily(TraceEvent.class).list().ofMaxSize(30);
        return events.map(list -> {
            List<TraceEvent> typed = new ArrayList<>();
            list.forEach(event -> typed.add((TraceEvent) event));
            return new Trace(typed);
        });
    }

    @Property(tries = 300)
    void randomTracesOfEveryPermittedTypeRoundTripExactly(@ForAll("traces") Trace trace) throws Exception {
        assertEquals(trace, TraceJson.fromJson(TraceJson.toJson(trace)));
    }

    @Provide
    Arbitrary<List<Record>> samples() {
        return RecordArbitraries.ofFamily(SampleFamily.class).list().ofMaxSize(20);
    }

    @Property(tries = 300)
    void randomRecordsOfEveryValueKindRoundTripExactly(@ForAll("samples") List<Record> events) throws Exception {
        TraceJson json = TraceJson.forFamily(SampleFamily.class);
        StringWriter out = new StringWriter();
        json.writeEvents(events, out);
        assertEquals(events, json.readEvents(new StringReader(out.toString())));
    }

    @Property(tries = 50)
    void truncatedRandomTracesStayTruncated(@ForAll("traces") Trace trace) throws Exception {
        TraceRecorder recorder = new TraceRecorder(Math.max(1, trace.size() / 2));
        trace.events().forEach(recorder::emit);
        Trace recorded = recorder.finish();
        Trace back = TraceJson.fromJson(TraceJson.toJson(recorded));
        assertEquals(recorded, back);
        assertEquals(recorded.truncated(), back.truncated());
    }

    @org.junit.jupiter.api.Test
    void generatorReachesEveryPermittedEventType() {
        var seen = new java.util.HashSet<String>();
        RecordArbitraries.ofFamily(TraceEvent.class).sampleStream().limit(2_000)
                .forEach(event -> seen.add(event.getClass().getSimpleName()));
        assertEquals(new java.util.HashSet<>(TraceJson.eventTypeNames()), seen);
    }
}
