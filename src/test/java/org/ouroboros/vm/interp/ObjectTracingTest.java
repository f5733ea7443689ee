package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.ObjectEvent.NameBound;
import org.ouroboros.trace.ObjectEvent.ObjectSnapshot;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

/** The object events the VM emits at the coarse level, on small programs run for real. */
class ObjectTracingTest {
    private static Trace run(String source, TraceLevel level, int cap) {
        TraceRecorder recorder = new TraceRecorder(cap);
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, level).objectEvents(true).build()
                .run(source, "t.py");
        return recorder.finish();
    }

    private static Trace run(String source) {
        return run(source, TraceLevel.COARSE, TraceRecorder.DEFAULT_CAP);
    }

    private static <T> List<T> all(Trace t, Class<T> type) {
        return t.events().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    private static NameBound bound(Trace t, String name) {
        return all(t, NameBound.class).stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ObjectSnapshot> snapshotsOf(Trace t, long id) {
        return all(t, ObjectSnapshot.class).stream().filter(s -> s.id() == id).collect(Collectors.toList());
    }

    @Test
    void secondNameForTheSameListIsBoundToTheSameIdAndAppendRedescribesIt() {
        Trace t = run("a = [1, 2]\nb = a\nb.append(3)\n");
        NameBound a = bound(t, "a");
        NameBound b = bound(t, "b");
        assertEquals(a.objectId(), b.objectId());
        assertEquals(ObjectEvent.Scope.GLOBAL, b.scope());
        assertEquals("__main__", b.frame());
        List<ObjectSnapshot> list = snapshotsOf(t, a.objectId());
        assertEquals(List.of("[1, 2]", "[1, 2, 3]"), list.stream().map(ObjectSnapshot::repr).collect(Collectors.toList()));
        assertTrue(list.get(0).first());
        assertFalse(list.get(1).first());
        assertEquals(3, list.get(1).refs().size());
    }

    @Test
    void snapshotsComeBeforeTheNamesThatReferToThem() {
        Trace t = run("a = [1, 2]\n");
        int snapshot = -1;
        int name = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof ObjectSnapshot s && s.repr().equals("[1, 2]")) {
                snapshot = i;
            }
            if (t.get(i) instanceof NameBound n && n.name().equals("a")) {
                name = i;
            }
        }
        assertTrue(snapshot >= 0 && snapshot < name);
    }

    @Test
    void smallIntsInternedStringsAndNoneAreShared() {
        Trace t = run("a = 1\nb = 'abc'\nc = 1000\nd = None\ne = 'a b'\n");
        assertTrue(snapshotsOf(t, bound(t, "a").objectId()).get(0).shared());
        assertTrue(snapshotsOf(t, bound(t, "b").objectId()).get(0).shared());
        assertFalse(snapshotsOf(t, bound(t, "c").objectId()).get(0).shared());
        assertTrue(snapshotsOf(t, bound(t, "d").objectId()).get(0).shared());
        assertFalse(snapshotsOf(t, bound(t, "e").objectId()).get(0).shared());
    }

    @Test
    void isAndEqualityComparisonsNameTheirOperands() {
        Trace t = run("a = [1]\nb = a\nc = [1]\nx = a is b\ny = a == c\nz = a is c\n");
        List<ObjectEvent.ObjectsCompared> cmp = all(t, ObjectEvent.ObjectsCompared.class);
        assertEquals(List.of("is", "==", "is"), cmp.stream().map(ObjectEvent.ObjectsCompared::operator)
                .collect(Collectors.toList()));
        assertEquals(List.of(true, true, false), cmp.stream().map(ObjectEvent.ObjectsCompared::result)
                .collect(Collectors.toList()));
        assertEquals(cmp.get(0).left(), cmp.get(0).right());
        assertNotEquals(cmp.get(1).left(), cmp.get(1).right());
    }

    @Test
    void classesCarryBasesMroAndMetaclassByIdAndBuiltinsComeFirst() {
        Trace t = run("class MetaClass(type):\n    pass\nclass A:\n    pass\nclass User(A, metaclass=MetaClass):\n    pass\n");
        List<ObjectEvent.ClassSnapshot> classes = all(t, ObjectEvent.ClassSnapshot.class);
        List<String> firstNames = classes.subList(0, 12).stream().map(ObjectEvent.ClassSnapshot::qualname)
                .sorted().collect(Collectors.toList());
        assertEquals(List.of("NoneType", "bool", "dict", "function", "int", "list", "module", "object", "set", "str",
                "tuple", "type"), firstNames);
        ObjectEvent.ClassSnapshot meta = classes.stream().filter(c -> c.qualname().equals("MetaClass")).findFirst().orElseThrow();
        ObjectEvent.ClassSnapshot a = classes.stream().filter(c -> c.qualname().equals("A")).findFirst().orElseThrow();
        ObjectEvent.ClassSnapshot user = classes.stream().filter(c -> c.qualname().equals("User")).findFirst().orElseThrow();
        ObjectEvent.ClassSnapshot type = classes.stream().filter(c -> c.qualname().equals("type")).findFirst().orElseThrow();
        assertTrue(meta.isMetaclass());
        assertFalse(user.isMetaclass());
        assertEquals(meta.id(), user.metaclass());
        assertEquals(List.of(a.id()), user.bases());
        assertEquals(user.id(), user.mro().get(0));
        assertEquals(a.id(), user.mro().get(1));
        assertEquals(type.id(), type.metaclass());
        assertEquals("__main__", user.module());
        assertFalse(user.builtin());
        assertTrue(type.builtin());
    }

    @Test
    void argumentsAndLocalsAreBoundInTheirFrameAndDelUnbinds() {
        Trace t = run("def f(x):\n    y = x\n    del y\n    return x\nf(5)\n");
        NameBound x = bound(t, "x");
        NameBound y = bound(t, "y");
        assertEquals(ObjectEvent.Scope.LOCAL, x.scope());
        assertEquals("f", x.frame());
        assertEquals(x.depth(), y.depth());
        assertEquals(x.objectId(), y.objectId());
        ObjectEvent.NameUnbound del = all(t, ObjectEvent.NameUnbound.class).get(0);
        assertEquals("y", del.name());
        assertEquals(x.depth(), del.depth());
    }

    @Test
    void attributeStoresRedescribeTheInstanceWithItsDict() {
        Trace t = run("class A:\n    def __init__(self):\n        self.lst = [1]\na = A()\n");
        long id = bound(t, "a").objectId();
        List<ObjectSnapshot> snaps = snapshotsOf(t, id);
        ObjectSnapshot last = snaps.get(snaps.size() - 1);
        assertEquals(ObjectEvent.Shape.INSTANCE, last.shape());
        assertEquals("lst", last.refs().get(0).key());
        assertEquals("[1]", snapshotsOf(t, last.refs().get(0).id()).get(0).repr());
    }

    @Test
    void classBodyBookkeepingNamesAreNotShownAsBindings() {
        Trace t = run("class A:\n    \'\'\'Doc.\'\'\'\n    x = 1\n    def m(self):\n        return super().m()\n");
        List<String> names = all(t, NameBound.class).stream().map(NameBound::name).collect(Collectors.toList());
        assertTrue(names.contains("x"));
        for (String bookkeeping : List.of("__module__", "__qualname__", "__classcell__", "__doc__")) {
            assertFalse(names.contains(bookkeeping), bookkeeping);
        }
    }

    @Test
    void nothingIsEmittedWithTracingOffAndTheCapStillHolds() {
        Trace off = run("a = [1]\nb = a\n", TraceLevel.OFF, TraceRecorder.DEFAULT_CAP);
        assertTrue(off.events().stream().noneMatch(e -> e instanceof ObjectEvent));
        TraceRecorder without = new TraceRecorder();
        Vm.builder().trace(without, TraceLevel.COARSE).objectEvents(false).build().run("a = [1]\nb = a\n", "t.py");
        Trace coarseOnly = without.finish();
        assertTrue(coarseOnly.events().stream().noneMatch(e -> e instanceof ObjectEvent));
        assertTrue(coarseOnly.events().stream().anyMatch(e -> e instanceof org.ouroboros.trace.ExecutionEvent.LineReached));
        Trace capped = run("for i in range(1000):\n    x = [i]\n", TraceLevel.COARSE, 200);
        assertTrue(capped.truncated());
        assertEquals(201, capped.size());
    }

    @Test
    void aHundredThousandItemListIsDescribedWithABoundedNumberOfReferences() {
        Trace t = run("xs = list(range(100000))\n");
        ObjectSnapshot xs = snapshotsOf(t, bound(t, "xs").objectId()).get(0);
        assertEquals(100_000, xs.size());
        assertEquals(ObjectDescriber.MAX_REFS, xs.refs().size());
        assertTrue(xs.repr().length() <= SafeValueText.LIMIT);
        long events = t.events().stream().filter((TraceEvent e) -> e instanceof ObjectEvent).count();
        assertTrue(events < 100, "events: " + events);
    }
}
