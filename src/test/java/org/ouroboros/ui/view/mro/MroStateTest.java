package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.CheckpointedFold;

/** The view's model, without a scene: sessions per linearization and walks per constructor chain. */
class MroStateTest {
    private static MroState fold(Trace trace, int position) {
        return new CheckpointedFold<>(new MroFold(), 3).stateAt(trace, position).state();
    }

    @Test
    void twoClassesWithOneNameAreTwoSessions() {
        Trace trace = MroTraces.run("class User: pass\nclass User(User): pass\n");
        List<MergeSession> sessions = fold(trace, trace.size() - 1).sessions();
        assertEquals(List.of("User", "User"), sessions.stream().map(MergeSession::cls).toList());
        assertEquals(List.of(0, 1), sessions.stream().map(MergeSession::ordinal).toList());
        assertEquals(List.of("User", "User", "object"), MergeSnapshot.of(sessions.get(1)).result());
    }

    @Test
    void anInheritedInitStartsTheWalkOfTheSubclassAndPassesItOver() {
        Trace trace = MroTraces.run("class A:\n    def __init__(self):\n        print('A')\nclass G(A): pass\nG()\n");
        SuperWalk walk = fold(trace, trace.size() - 1).walks().get(0);
        assertEquals("G", walk.selfType());
        assertEquals(List.of("A"), walk.entered());
        assertEquals(SuperWalk.BoxState.PASSED_OVER, walk.stateOf("G"));
        assertEquals(SuperWalk.BoxState.RETURNED, walk.stateOf("A"));
        assertEquals(SuperWalk.BoxState.NOT_REACHED, walk.stateOf("object"));
        assertEquals("A\n", walk.output());
    }

    @Test
    void aLaterExplicitInitCallIsNotMistakenForAConstructorChain() {
        Trace trace = MroTraces.run("class A:\n    def __init__(self):\n        pass\nclass B: pass\nb = B()\n"
                + "a = A()\nA.__init__(a)\n");
        List<SuperWalk> walks = fold(trace, trace.size() - 1).walks();
        assertEquals(1, walks.size(), walks.toString());
        assertEquals("A", walks.get(0).selfType());
    }

    @Test
    void initOwnerIsTheLastPartOfTheQualifiedName() {
        assertEquals("C", MroState.initOwner("C.__init__"));
        assertEquals("Inner", MroState.initOwner("Outer.Inner.__init__"));
        assertNull(MroState.initOwner("helper"));
        assertNull(MroState.initOwner("__init__"));
    }

    @Test
    void aDuplicateBaseFailsWithoutAMergeAndSaysSo() {
        Trace trace = Trace.of((TraceEvent) new ExecutionEvent.FrameEntered(0, "<module>", 0, 1),
                new MroEvent.MergeFailed("C", "duplicate base class A"));
        MergeSnapshot s = MergeSnapshot.of(fold(trace, 1).sessions().get(0));
        assertEquals(MergeSnapshot.Kind.FAILED, s.kind());
        assertEquals("duplicate base class A", s.error());
        assertEquals(List.of(), s.lists());
    }
}
