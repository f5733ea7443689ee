package org.ouroboros.ui.view.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.view.graph.ObjectTraces;

/** The names fold on real traces: bindings per namespace, frames coming and going, comparisons. */
class NamesFoldTest {
    static int positionOf(Trace t, String name) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof ObjectEvent.NameBound n && n.name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no binding of " + name);
    }

    @Test
    void bEqualsAGivesTwoNamesForOneObjectAndSteppingBackRemovesOne() {
        Trace t = ObjectTraces.run(ObjectTraces.STICKY_NOTES);
        CheckpointedFold<NamesState> fold = new CheckpointedFold<>(new NamesFold(), 4);
        NamesState afterB = fold.stateAt(t, positionOf(t, "b"));
        assertEquals(afterB.allNames().get("__main__.a"), afterB.allNames().get("__main__.b"));
        NamesState beforeB = fold.stateAt(t, positionOf(t, "b") - 1);
        assertTrue(beforeB.allNames().containsKey("__main__.a"));
        assertTrue(!beforeB.allNames().containsKey("__main__.b"));
    }

    @Test
    void aFunctionsFrameShowsItsLocalsOnlyWhileItRuns() {
        Trace t = ObjectTraces.run("def f(x):\n    y = x\n    return y\nr = f(7)\n");
        CheckpointedFold<NamesState> fold = new CheckpointedFold<>(new NamesFold());
        NamesState inside = fold.stateAt(t, positionOf(t, "y"));
        List<String> titles = inside.frames().stream().map(FrameNames::title).collect(Collectors.toList());
        assertEquals(List.of("__main__", "f"), titles);
        assertEquals(inside.allNames().get("f.x"), inside.allNames().get("f.y"));
        NamesState after = fold.stateAt(t, t.size() - 1);
        assertEquals(List.of("__main__"), after.frames().stream().map(FrameNames::title).collect(Collectors.toList()));
        assertEquals(inside.allNames().get("f.x"), after.allNames().get("__main__.r"));
    }

    @Test
    void theLatestComparisonIsKeptWhileItsLineIsCurrent() {
        Trace t = ObjectTraces.run("a = [1]\nb = a\nx = a is b\ny = 1\nz = 2\n");
        CheckpointedFold<NamesState> fold = new CheckpointedFold<>(new NamesFold());
        ObjectEvent.ObjectsCompared cmp = fold.stateAt(t, positionOf(t, "x")).recentComparison();
        assertNotNull(cmp);
        assertEquals("is", cmp.operator());
        assertTrue(cmp.result());
        assertNull(fold.stateAt(t, t.size() - 1).recentComparison());
    }
}
