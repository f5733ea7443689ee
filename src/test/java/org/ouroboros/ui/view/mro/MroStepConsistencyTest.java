package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.SceneDescription;

/**
 * The view reuses its nodes between steps (the graph restyles its classes, the table, notation,
 * result and walk change the texts and styles of the labels on screen); every position still
 * looks exactly as in a fresh view showing only that position.
 */
class MroStepConsistencyTest extends StagedFxTestBase {
    private static final Trace SEED = MroTraces.run(MroTraces.SEED_CLASSES);
    /** Mixins, diamonds, a rejected head and a long super() chain: every part of the view changes. */
    private static final String HIERARCHY = """
            class M0:
                def __init__(self):
                    print("M0")
                    super().__init__()
            class M1:
                def __init__(self):
                    print("M1")
                    super().__init__()
            class A:
                def __init__(self):
                    print("A")
                    super().__init__()
            class B(A, M0):
                def __init__(self):
                    print("B")
                    super().__init__()
            class C(A, M1):
                def __init__(self):
                    print("C")
                    super().__init__()
            class D(B, C):
                def __init__(self):
                    print("D")
                    super().__init__()
            class E(D, M1):
                pass
            E()
            """;

    @Test
    void steppingForwardAndBackDrawsWhatAFreshViewDraws() {
        MroView stepped = view();
        MroView fresh = view();
        show(new HBox(stepped.node(), fresh.node()), 1200, 760);
        int every = Math.max(1, SEED.size() / 25);
        for (int p = -1; p < SEED.size(); p++) {
            int at = p;
            runFx(() -> stepped.show(SEED, at));
            if (p % every == 0 || p == SEED.size() - 1) {
                assertSame(stepped, fresh, p);
            }
        }
        for (int p = SEED.size() - 1; p >= -1; p -= every) {
            int at = p;
            runFx(() -> stepped.show(SEED, at));
            assertSame(stepped, fresh, p);
        }
    }

    @Test
    void aHierarchyInContrastModeStepsLikeABrandNewViewAtEveryPosition() {
        Trace trace = MroTraces.run(HIERARCHY);
        MroView stepped = view();
        stepped.setContrast(true);
        HBox row = new HBox(stepped.node());
        show(row, 1200, 760);
        for (int p = -1; p < trace.size(); p++) {
            int at = p;
            runFx(() -> stepped.show(trace, at));
            if (p % 3 == 0 || p == trace.size() - 1) {
                assertLooksNew(row, stepped, trace, p);
            }
        }
        for (int p = trace.size() - 1; p >= -1; p -= 7) {
            int at = p;
            runFx(() -> stepped.show(trace, at));
            assertLooksNew(row, stepped, trace, p);
        }
    }

    @Test
    void aMergeStepAndAWalkStepKeepTheLabelsOnScreen() {
        Trace trace = MroTraces.run(HIERARCHY);
        MroView view = view();
        show(new HBox(view.node()), 1200, 760);
        // D's merge: a take shows the notation's next line (there as a placeholder since the merge
        // started) and redraws the table, the result and the graph on their canvases: no node is new.
        int take = firstTakeFollowedByATake(trace, "D");
        runFx(() -> view.show(trace, take));
        Set<Node> before = labels(view);
        List<String> drawnBefore = callFx(() -> Boards.describe(view));
        runFx(() -> view.show(trace, take + 1));
        Set<Node> added = labels(view);
        added.removeAll(before);
        assertTrue(before.size() > 15, "labels on screen: " + before.size());
        assertTrue(added.isEmpty(), "new labels: " + added);
        assertTrue(!drawnBefore.equals(callFx(() -> Boards.describe(view))), "the canvases show the next step");
        // E's super() chain: entering the next __init__ changes box states; only its frame number is new.
        int second = nthInitEntered(trace, 2);
        runFx(() -> view.show(trace, second - 1));
        Set<Node> walkBefore = labels(view);
        runFx(() -> view.show(trace, second));
        assertEquals("B", callFx(() -> view.walk().current()), "E has no __init__: D.__init__ runs first, then B.__init__");
        Set<Node> walkAdded = labels(view);
        walkAdded.removeAll(walkBefore);
        assertEquals(1, walkAdded.size(), "new labels: " + walkAdded);
    }

    @Test
    void aMergeStepLeavesTheTableAndTheGraphWhereTheyAre() {
        Trace trace = MroTraces.run(HIERARCHY);
        MroView view = view();
        // As in the app, the view fills its tab (an HBox would size it to its content).
        show(new javafx.scene.layout.StackPane(view.node()), 1200, 760);
        int first = firstEvent(trace, "D", MroEvent.MergeStarted.class);
        int last = firstEvent(trace, "D", MroEvent.MergeFinished.class);
        double[] at = null;
        for (int p = first; p <= last; p++) {
            int position = p;
            double[] now = callFx(() -> {
                view.show(trace, position);
                view.node().applyCss();
                ((Parent) view.node()).layout();
                Node table = ((Parent) view.node()).lookup(".mro-table");
                Node graph = ((Parent) view.node()).lookup(".mro-graph");
                Node notation = ((Parent) view.node()).lookup(".mro-notation");
                return new double[] {table.localToScene(table.getLayoutBounds()).getMinY(),
                        graph.localToScene(graph.getLayoutBounds()).getMinY(), notation.getLayoutBounds().getHeight()};
            });
            if (at == null) {
                at = now;
            }
            // The derivation grows a line per take, but its box keeps the room of the whole merge.
            assertEquals(at[2], now[2], 0.5, "notation box height at position " + p);
            assertEquals(at[0], now[0], 0.5, "table at position " + p);
            assertEquals(at[1], now[1], 0.5, "graph at position " + p);
        }
    }

    @Test
    void aLongDerivationShowsItsFirstLineHowManyAreLeftOutAndItsLatestLines() {
        StringBuilder chain = new StringBuilder("class M: pass\nclass A0: pass\n");
        for (int i = 1; i < 10; i++) {
            chain.append("class A").append(i).append("(A").append(i - 1).append("): pass\n");
        }
        Trace trace = MroTraces.run(chain.append("class Z(A9, M): pass\n").toString());
        MroView view = view();
        show(new HBox(view.node()), 1200, 760);
        int last = firstEvent(trace, "Z", MroEvent.MergeFinished.class);
        runFx(() -> view.show(trace, last));
        List<String> derivation = callFx(() -> view.snapshot().derivation());
        assertTrue(derivation.size() > MergePanel.NOTATION_LINES, "a long merge: " + derivation.size() + " lines");
        List<String> shown = callFx(() -> Boards.notationLines(view));
        assertEquals(MergePanel.NOTATION_LINES, shown.size(), shown.toString());
        assertEquals("  " + derivation.get(0), shown.get(0));
        int leftOut = derivation.size() - (MergePanel.NOTATION_LINES - 1);
        assertTrue(shown.get(1).endsWith("\u22ee " + leftOut + " earlier lines not shown"), shown.get(1));
        assertTrue(shown.get(shown.size() - 1).startsWith("\u25b6 ")
                && shown.get(shown.size() - 1).endsWith(derivation.get(derivation.size() - 1)), shown.toString());
        assertTrue(shown.get(2).endsWith(derivation.get(derivation.size() - (MergePanel.NOTATION_LINES - 2))),
                "the latest lines follow: " + shown);
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        String zh = callFx(() -> Boards.notation(view).lines().stream()
                .filter(c -> c.styles().contains("mro-notation-more")).findFirst().orElseThrow().text());
        assertTrue(zh.contains("\u524d\u9762\u8fd8\u6709 " + leftOut + " \u884c"), zh);
    }

    @Test
    void theNextClassesGraphIsDrawnOnTheSameCanvas() {
        Trace trace = MroTraces.run(HIERARCHY);
        MroView view = view();
        show(new HBox(view.node()), 1200, 760);
        int endOfD = firstEvent(trace, "D", MroEvent.MergeFinished.class);
        int startOfE = firstEvent(trace, "E", MroEvent.MergeStarted.class);
        runFx(() -> view.show(trace, endOfD));
        HierarchyGraph graphOfD = callFx(() -> Boards.graph(view));
        List<String> before = callFx(() -> graphOfD.classes());
        runFx(() -> view.show(trace, startOfE));
        List<String> after = callFx(() -> Boards.graph(view).classes());
        assertTrue(after.size() > before.size(), "E's ancestry is larger: " + before + " -> " + after);
        assertTrue(after.containsAll(before), "D's ancestry is part of E's: " + after);
        assertEquals("E", after.get(0));
        org.junit.jupiter.api.Assertions.assertSame(graphOfD, callFx(() -> Boards.graph(view)), "one canvas draws every class's graph");
    }

    private static int firstEvent(Trace trace, String cls, Class<? extends MroEvent> kind) {
        for (int k = 0; k < trace.size(); k++) {
            if (kind.isInstance(trace.get(k)) && cls.equals(classOf(trace.get(k)))) {
                return k;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " for " + cls);
    }

    private static String classOf(Object event) {
        if (event instanceof MroEvent.MergeStarted e) {
            return e.cls();
        }
        return event instanceof MroEvent.MergeFinished e ? e.cls() : null;
    }

    private static int firstTakeFollowedByATake(Trace trace, String cls) {
        for (int k = 0; k + 1 < trace.size(); k++) {
            if (trace.get(k) instanceof MroEvent.CandidateTaken a && a.cls().equals(cls)
                    && trace.get(k + 1) instanceof MroEvent.CandidateTaken b && b.cls().equals(cls)) {
                return k;
            }
        }
        throw new AssertionError("no two takes in a row for " + cls);
    }

    /** The position of the {@code n}-th {@code __init__} frame entered (1: the first). */
    private static int nthInitEntered(Trace trace, int n) {
        int seen = 0;
        for (int k = 0; k < trace.size(); k++) {
            if (trace.get(k) instanceof ExecutionEvent.FrameEntered f && f.function().endsWith(".__init__") && ++seen == n) {
                return k;
            }
        }
        throw new AssertionError("fewer than " + n + " __init__ frames");
    }

    private Set<Node> labels(MroView view) {
        return callFx(() -> {
            Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
            collect(view.node(), all);
            return all;
        });
    }

    private static void collect(Node node, Set<Node> labels) {
        if (node instanceof Label) {
            labels.add(node);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, labels));
        }
    }

    /** A view made for this one position describes the same as the stepped one. */
    private void assertLooksNew(HBox row, MroView stepped, Trace trace, int p) {
        String[] both = callFx(() -> {
            MroView fresh = new MroView();
            fresh.setLocale(Locale.ENGLISH);
            fresh.setContrast(true);
            row.getChildren().setAll(stepped.node(), fresh.node());
            fresh.show(trace, p);
            row.applyCss();
            row.layout();
            return new String[] {describe(fresh), describe(stepped)};
        });
        assertEquals(both[0], both[1], "position " + p);
    }

    /** The pseudo-classes the view marks things with: a class's mark, a walk box's state, the current line, the newest item. */
    private static final Set<String> MARKS = Set.of("self", "joined", "taken-now", "rejected-now", "blocked", "running",
            "on-stack", "returned", "passed-over", "not-reached", "current", "new", "taken", "rejected",
            "blocker", "current-row");

    /** The scene description plus the marks the view keeps as pseudo-classes, in scene order. */
    private static String describe(MroView view) {
        StringBuilder marks = new StringBuilder();
        collectMarks(view.node(), marks);
        return SceneDescription.of(view.node()) + marks + String.join("\n", Boards.describe(view));
    }

    private static void collectMarks(Node node, StringBuilder marks) {
        List<String> states = node.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(MARKS::contains).sorted().toList();
        if (!states.isEmpty()) {
            marks.append(node.getStyleClass()).append(' ').append(node.getId()).append(' ').append(states).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectMarks(c, marks));
        }
    }

    private MroView view() {
        return callFx(() -> {
            MroView v = new MroView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
    }

    private void assertSame(MroView stepped, MroView fresh, int p) {
        runFx(() -> fresh.show(SEED, p));
        runFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertEquals(callFx(() -> describe(fresh)), callFx(() -> describe(stepped)), "position " + p);
    }
}
