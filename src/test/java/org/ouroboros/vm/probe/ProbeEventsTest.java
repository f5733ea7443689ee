package org.ouroboros.vm.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.CreationEvent;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** The fine-level probe events the dispatch and creation views are drawn from, on real programs. */
class ProbeEventsTest {
    private static final String SEQUENCE = """
            class A:
                def __init__(self, lst):
                    self.lst = lst
                def __getitem__(self, item):
                    return self.lst[item]
            a = A(['x', 'y', 'z'])
            for i in a:
                pass
            """;

    private static <T> List<T> only(List<TraceEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void forLoopWithoutIterFallsBackToGetitemUntilIndexError() {
        List<TraceEvent> events = ProbeTraces.probes(SEQUENCE);
        List<DispatchEvent.SpecialMethodSearched> iterSearches = only(events, DispatchEvent.SpecialMethodSearched.class)
                .stream().filter(s -> s.operation().equals("iter()")).toList();
        assertEquals(2, iterSearches.size());
        assertEquals("__iter__", iterSearches.get(0).method());
        assertEquals(-1, iterSearches.get(0).foundAt(), "A and object have no __iter__");
        assertEquals(List.of("A", "object"), iterSearches.get(0).mro());
        assertEquals("__getitem__", iterSearches.get(1).method());
        assertEquals(0, iterSearches.get(1).foundAt(), "__getitem__ is in A's own dict");
        DispatchEvent.DispatchFallback fallback = only(events, DispatchEvent.DispatchFallback.class).get(0);
        assertEquals(DispatchProbes.SEQUENCE_PROTOCOL, fallback.reason());
        assertTrue(events.indexOf(iterSearches.get(0)) < events.indexOf(fallback));
        assertTrue(events.indexOf(fallback) < events.indexOf(iterSearches.get(1)));

        List<DispatchEvent.SequenceItemFetched> items = only(events, DispatchEvent.SequenceItemFetched.class);
        assertEquals(List.of("'x'", "'y'", "'z'", ""), items.stream().map(DispatchEvent.SequenceItemFetched::resultRepr).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L), items.stream().map(DispatchEvent.SequenceItemFetched::index).toList());
        assertEquals("IndexError", items.get(3).stopException());
        assertEquals(4, only(events, DispatchEvent.SequenceItemRequested.class).size());
    }

    @Test
    void printFallsBackFromStrToRepr() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class R:
                    def __repr__(self):
                        return 'R!'
                class Plain:
                    pass
                print(R())
                print(Plain())
                """);
        List<DispatchEvent.SpecialMethodSearched> searches = only(events, DispatchEvent.SpecialMethodSearched.class);
        List<String> path = searches.stream().map(s -> s.type() + " " + s.method() + "@" + s.foundAt()).toList();
        assertEquals(List.of("R __str__@1", "R __repr__@0", "Plain __str__@1", "Plain __repr__@1"), path,
                "__str__ only on object; __repr__ on R itself, on object for Plain (object.__repr__)");
        List<DispatchEvent.DispatchFallback> fallbacks = only(events, DispatchEvent.DispatchFallback.class);
        assertEquals(2, fallbacks.size());
        assertTrue(fallbacks.stream().allMatch(f -> f.reason().equals(DispatchProbes.STR_CALLS_REPR)));
    }

    @Test
    void attributeLookupReportsEachStepOfObjectGetattribute() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class Base:
                    kind = 'base'
                class C(Base):
                    @property
                    def p(self):
                        return 1
                    def __getattr__(self, name):
                        return 'fallback ' + name
                c = C()
                c.x = 5
                c.p
                c.x
                c.kind
                c.nothing
                """);
        List<LookupEvent.MroSearched> searches = only(events, LookupEvent.MroSearched.class);
        LookupEvent.MroSearched forP = searches.stream().filter(s -> s.name().equals("p")).findFirst().orElseThrow();
        assertEquals("data descriptor", forP.kind());
        assertEquals(0, forP.foundAt());
        assertTrue(only(events, LookupEvent.InstanceDictProbed.class).stream().noneMatch(d -> d.name().equals("p")),
                "a data descriptor answers before the instance dict is looked at");

        LookupEvent.InstanceDictProbed forX = only(events, LookupEvent.InstanceDictProbed.class).stream()
                .filter(d -> d.name().equals("x")).findFirst().orElseThrow();
        assertTrue(forX.found());
        assertTrue(forX.keys().contains("x"));

        LookupEvent.MroSearched forKind = searches.stream().filter(s -> s.name().equals("kind")).findFirst().orElseThrow();
        assertEquals(List.of("C", "Base", "object"), forKind.mro());
        assertEquals(1, forKind.foundAt());
        assertEquals("class attribute", forKind.kind());

        List<LookupEvent.MroSearched> forNothing = searches.stream().filter(s -> s.name().equals("nothing")).toList();
        assertEquals(List.of("type", "__getattr__"), forNothing.stream().map(LookupEvent.MroSearched::role).toList());
        assertEquals(0, forNothing.get(1).foundAt(), "__getattr__ is defined on C");
        assertTrue(only(events, LookupEvent.AttributeLookup.class).stream()
                .anyMatch(l -> l.name().equals("nothing") && l.source().equals("__getattr__")));
    }

    @Test
    void missingAttributeEndsWithAttributeMissing() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class D:
                    pass
                print(getattr(D(), 'gone', 'default'))
                """);
        assertEquals(List.of("gone"), only(events, LookupEvent.AttributeMissing.class).stream()
                .map(LookupEvent.AttributeMissing::name).toList());
    }

    @Test
    void metaclassCallComesBeforeNewAndInit() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class Meta(type):
                    def __call__(cls, *args):
                        return super().__call__(*args)
                class Us(metaclass=Meta):
                    def __new__(cls, *args, **kwargs):
                        return super().__new__(cls)
                    def __init__(self, *args, **kwargs):
                        pass
                Us(1)
                """);
        int call = indexOf(events, e -> e instanceof CreationEvent.ClassCalled c && c.cls().equals("Us"));
        CreationEvent.ClassCalled called = (CreationEvent.ClassCalled) events.get(call);
        assertEquals("Meta", called.callOwner());
        int created = indexOf(events, e -> e instanceof CreationEvent.NewCalled n && n.cls().equals("Us"));
        int init = indexOf(events, e -> e instanceof CreationEvent.InitCalled i && i.cls().equals("Us"));
        int done = indexOf(events, e -> e instanceof CreationEvent.ClassCallFinished f && f.cls().equals("Us"));
        assertTrue(call < created && created < init && init < done, "Meta.__call__, then __new__, then __init__");
        assertEquals("Us", ((CreationEvent.NewCalled) events.get(created)).owner());
    }

    @Test
    void newReturningANonInstanceSkipsInit() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class Odd:
                    def __new__(cls):
                        return 42
                    def __init__(self):
                        print('never')
                Odd()
                """);
        CreationEvent.NewReturned returned = only(events, CreationEvent.NewReturned.class).stream()
                .filter(r -> r.cls().equals("Odd")).findFirst().orElseThrow();
        assertFalse(returned.isInstance());
        assertEquals("int", returned.resultType());
        assertEquals(1, only(events, CreationEvent.InitSkipped.class).size());
        assertTrue(only(events, CreationEvent.InitCalled.class).stream().noneMatch(i -> i.cls().equals("Odd")));
    }

    @Test
    void classStatementStepsAndTheMostDerivedMetaclass() {
        List<TraceEvent> events = ProbeTraces.probes("""
                class M1(type):
                    pass
                class M2(M1):
                    pass
                class A(metaclass=M2):
                    pass
                class Field:
                    def __set_name__(self, owner, name):
                        self.name = name
                class B(A, metaclass=M1):
                    f = Field()
                    def __init_subclass__(cls):
                        pass
                User = type('User', (B,), {})
                """);
        CreationEvent.MetaclassResolved forB = only(events, CreationEvent.MetaclassResolved.class).stream()
                .filter(r -> r.name().equals("B")).findFirst().orElseThrow();
        assertEquals("M1", forB.start());
        assertEquals(List.of("M2"), forB.baseMetaclasses());
        assertEquals("M2", forB.winner(), "M2 derives from M1, so it wins");
        List<String> order = events.stream().filter(e -> e instanceof CreationEvent)
                .map(e -> e.getClass().getSimpleName() + ":" + nameOf((CreationEvent) e))
                .filter(s -> s.endsWith(":B")).distinct().toList();
        assertEquals(List.of("ClassStatementStarted:B", "MetaclassResolved:B", "NamespacePrepared:B",
                "ClassBodyExecuted:B", "TypeNewStarted:B", "ClassCreated:B", "SetNameCalled:B", "InitSubclassCalled:B",
                "ClassStatementFinished:B"), order);
        CreationEvent.ClassCreated user = only(events, CreationEvent.ClassCreated.class).stream()
                .filter(c -> c.name().equals("User")).findFirst().orElseThrow();
        assertEquals("M2", user.metaclass(), "type('User', (B,), {}) takes B's metaclass");
        assertEquals(List.of("User", "B", "A", "object"), user.mro());
        assertTrue(only(events, CreationEvent.InitSubclassCalled.class).stream()
                .anyMatch(i -> i.cls().equals("User") && i.owner().equals("B")));
    }

    @Test
    void coarseTracesCarryNoProbeEvents() {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).trace(recorder, TraceLevel.COARSE).build().run(SEQUENCE, "c.py");
        assertTrue(recorder.finish().events().stream().noneMatch(e -> e instanceof CreationEvent
                || e instanceof DispatchEvent || e instanceof LookupEvent.MroSearched));
    }

    private static String nameOf(CreationEvent e) {
        if (e instanceof CreationEvent.ClassStatementStarted s) {
            return s.name();
        } else if (e instanceof CreationEvent.MetaclassResolved r) {
            return r.name();
        } else if (e instanceof CreationEvent.NamespacePrepared n) {
            return n.name();
        } else if (e instanceof CreationEvent.ClassBodyExecuted b) {
            return b.name();
        } else if (e instanceof CreationEvent.TypeNewStarted t) {
            return t.name();
        } else if (e instanceof CreationEvent.ClassCreated c) {
            return c.name();
        } else if (e instanceof CreationEvent.SetNameCalled s) {
            return s.cls();
        } else if (e instanceof CreationEvent.InitSubclassCalled i) {
            return i.cls();
        } else if (e instanceof CreationEvent.ClassStatementFinished f) {
            return f.name();
        }
        return "";
    }

    private static int indexOf(List<TraceEvent> events, java.util.function.Predicate<TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
