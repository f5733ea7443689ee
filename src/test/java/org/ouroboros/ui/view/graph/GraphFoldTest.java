package org.ouroboros.ui.view.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;

/** The graph's fold on real traces: what it holds, how it collapses, and that copies are independent. */
class GraphFoldTest {
    private static final Trace HUNDRED_THOUSAND = ObjectTraces.run(ObjectTraces.HUNDRED_THOUSAND);

    private static long classId(GraphState s, String qualname) {
        return s.classes().values().stream().filter(c -> c.qualname().equals(qualname)).findFirst().orElseThrow().id();
    }

    @Test
    void theSeedsChapterOneProgramGivesTheBuiltinsAndItsTwoObjects() {
        Trace t = ObjectTraces.run(ObjectTraces.SEED_OBJECTS);
        GraphState end = new CheckpointedFold<>(new GraphFold()).stateAt(t, t.size() - 1);
        List<String> names = end.classes().values().stream().map(ObjectEvent.ClassSnapshot::qualname)
                .collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("object", "type", "int", "str", "list", "dict", "tuple", "set", "bool",
                "NoneType", "function", "module")), names.toString());
        SnapshotIndex index = SnapshotIndex.of(t);
        List<String> ints = end.instances().get(classId(end, "int")).stream()
                .map(id -> index.objectAt(id, t.size() - 1).repr()).collect(Collectors.toList());
        assertEquals(List.of("1"), ints);
        List<String> strs = end.instances().get(classId(end, "str")).stream()
                .map(id -> index.objectAt(id, t.size() - 1).repr()).collect(Collectors.toList());
        assertEquals(List.of("'abc'"), strs);
    }

    @Test
    void aHundredThousandInstancesFoldIntoTheCapPlusOneCount() {
        Trace t = HUNDRED_THOUSAND;
        CheckpointedFold<GraphState> fold = new CheckpointedFold<>(new GraphFold(16));
        GraphState end = fold.stateAt(t, t.size() - 1);
        long point = classId(end, "Point");
        assertEquals(16, end.instances().get(point).size());
        assertEquals(100_000 - 16, end.collapsed().get(point));
        // The state stays small however many objects the program made.
        assertTrue(end.classes().size() < 20);
        assertTrue(end.instances().values().stream().mapToInt(List::size).sum() <= 16 * end.instances().size());
        // A seek back to the middle agrees with folding from the start.
        GraphState middle = fold.stateAt(t, t.size() / 2);
        GraphState fresh = new CheckpointedFold<>(new GraphFold(16)).stateAt(t, t.size() / 2);
        assertEquals(fresh.collapsed(), middle.collapsed());
        assertTrue(middle.collapsed().get(point) < end.collapsed().get(point));
    }

    @Test
    void changesToAnInstanceDoNotCountItTwice() {
        Trace t = ObjectTraces.run("class A:\n    pass\na = A()\nfor i in range(5):\n    a.x = i\n");
        GraphState end = new CheckpointedFold<>(new GraphFold(1)).stateAt(t, t.size() - 1);
        long a = classId(end, "A");
        assertEquals(1, end.instances().get(a).size());
        assertEquals(Map.of(), Map.copyOf(end.collapsed()).entrySet().stream()
                .filter(e -> e.getKey() == a).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void aCopyIsNotChangedByLaterEvents() {
        Trace t = ObjectTraces.run("class A:\n    pass\nx = A()\ny = A()\n");
        GraphFold fold = new GraphFold();
        GraphState s = fold.initial();
        GraphState snapshot = null;
        for (int i = 0; i < t.size(); i++) {
            if (snapshot == null && t.get(i) instanceof ObjectEvent.NameBound n && n.name().equals("x")) {
                snapshot = fold.copy(s);
            }
            s = fold.apply(s, t.get(i));
        }
        assertEquals(1, snapshot.instances().get(classId(snapshot, "A")).size());
        assertEquals(2, s.instances().get(classId(s, "A")).size());
    }

    @Test
    void theIndexAnswersTheLatestDescriptionAtAPosition() {
        Trace t = ObjectTraces.run("a = [1]\na.append(2)\n");
        SnapshotIndex index = SnapshotIndex.of(t);
        long id = t.events().stream().filter(e -> e instanceof ObjectEvent.NameBound).map(e -> (ObjectEvent.NameBound) e)
                .filter(n -> n.name().equals("a")).findFirst().orElseThrow().objectId();
        int firstAt = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof ObjectEvent.ObjectSnapshot s && s.id() == id) {
                firstAt = i;
                break;
            }
        }
        assertEquals(null, index.at(id, firstAt - 1));
        assertEquals("[1]", index.objectAt(id, firstAt).repr());
        assertEquals("[1, 2]", index.objectAt(id, t.size() - 1).repr());
    }

    @Test
    void layeredLayoutPutsMetaclassesAboveClassesAboveInstances() {
        Trace t = ObjectTraces.run(ObjectTraces.SEED_METACLASSES);
        GraphState end = new CheckpointedFold<>(new GraphFold()).stateAt(t, t.size() - 1);
        ObjectGraph g = ObjectGraph.of(end, SnapshotIndex.of(t), t.size() - 1, GraphFilters.NONE);
        NodePlacement p = LayeredLayout.place(g);
        double metaY = p.centre(GraphNode.objectKey(classId(end, "MetaClass")))[1];
        double objectY = p.centre(GraphNode.objectKey(classId(end, "object")))[1];
        double maxClassY = g.nodes().values().stream().filter(n -> n.kind() == GraphNode.Kind.CLASS)
                .mapToDouble(n -> p.centre(n.key())[1]).max().orElseThrow();
        double minInstanceY = g.nodes().values().stream().filter(n -> n.kind() == GraphNode.Kind.INSTANCE)
                .mapToDouble(n -> p.centre(n.key())[1]).min().orElseThrow();
        assertTrue(metaY < objectY);
        assertTrue(maxClassY < minInstanceY);
        assertEquals(p.centre(GraphNode.objectKey(classId(end, "type")))[1], metaY);
    }

    @Test
    void forceLayoutIsTheSameForTheSameGraph() {
        Trace t = ObjectTraces.run(ObjectTraces.SEED_CLASSES);
        GraphState end = new CheckpointedFold<>(new GraphFold()).stateAt(t, t.size() - 1);
        ObjectGraph g = ObjectGraph.of(end, SnapshotIndex.of(t), t.size() - 1, GraphFilters.NONE);
        NodePlacement a = ForceLayout.place(g);
        NodePlacement b = ForceLayout.place(g);
        for (String key : g.nodes().keySet()) {
            assertEquals(a.centre(key)[0], b.centre(key)[0], 1e-9);
            assertEquals(a.centre(key)[1], b.centre(key)[1], 1e-9);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"objects", "classes", "metaclasses"})
    void forceLayoutLeavesNoTwoLabelsOverlapping(String lesson) {
        Trace t = ObjectTraces.run(org.ouroboros.SeedBlocks.lessonExample(lesson));
        GraphState end = new CheckpointedFold<>(new GraphFold()).stateAt(t, t.size() - 1);
        ObjectGraph g = ObjectGraph.of(end, SnapshotIndex.of(t), t.size() - 1, GraphFilters.NONE);
        NodePlacement p = ForceLayout.place(g);
        List<GraphNode> nodes = List.copyOf(g.nodes().values());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                GraphNode a = nodes.get(i);
                GraphNode b = nodes.get(j);
                double gapX = Math.abs(p.centre(a.key())[0] - p.centre(b.key())[0])
                        - (NodePlacement.estimatedWidth(a) + NodePlacement.estimatedWidth(b)) / 2;
                double gapY = Math.abs(p.centre(a.key())[1] - p.centre(b.key())[1]) - OverlapRemoval.HEIGHT;
                assertTrue(gapX >= 0 || gapY >= 0, a.label() + " and " + b.label() + " overlap");
            }
        }
    }
}
