package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.player.RenderedText;

/**
 * The MRO view on traces of the seed's chapter 3 code run by the VM: the merge steps C3 implies,
 * CPython's error for an inconsistent hierarchy, exact stepping back, the super() walk, and
 * both languages. Assertions are on the scene graph.
 */
class MroViewTest extends FxTestBase {
    private static final Trace SEED = MroTraces.run(MroTraces.SEED_CLASSES);

    private MroView view;
    private Stage stage;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            MroView v = new MroView();
            v.setLocale(Locale.ENGLISH);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(v.node()), 1000, 800));
            stage.show();
            return v;
        });
    }

    @AfterEach
    void close() {
        runFx(() -> stage.hide());
    }

    /** What a merge step shows, in the words of the C3 algorithm. */
    private record Shown(MergeSnapshot.Kind kind, String candidate) {
        @Override
        public String toString() {
            return candidate == null ? kind.name() : kind + " " + candidate;
        }
    }

    /** Steps the player through every event of {@code cls}'s merge and records what the view shows. */
    private List<Shown> mergeSteps(Trace trace, String cls) {
        List<Shown> shown = new ArrayList<>();
        for (int k = 0; k < trace.size(); k++) {
            TraceEvent e = trace.get(k);
            if (e instanceof MroEvent m && !(m instanceof MroEvent.ClassicOrder) && classOf(m).equals(cls)) {
                int position = k;
                MergeSnapshot s = callFx(() -> {
                    view.show(trace, position);
                    return view.snapshot();
                });
                assertEquals(cls, s.cls(), "the view follows the latest merge");
                shown.add(new Shown(s.kind(), s.candidate()));
            }
        }
        return shown;
    }

    private static String classOf(MroEvent m) {
        if (m instanceof MroEvent.MergeStarted e) {
            return e.cls();
        } else if (m instanceof MroEvent.CandidateTaken e) {
            return e.cls();
        } else if (m instanceof MroEvent.CandidateRejected e) {
            return e.cls();
        } else if (m instanceof MroEvent.MergeFinished e) {
            return e.cls();
        } else if (m instanceof MroEvent.MergeFailed e) {
            return e.cls();
        }
        return "";
    }

    private static Shown step(MergeSnapshot.Kind kind, String candidate) {
        return new Shown(kind, candidate);
    }

    @Test
    void mergeOfEFollowsC3StepByStep() {
        // merge([C, B, object], [D, B, A, object], [C, D]): C heads the first list and is in no
        // tail; then B heads it but sits in L[D]'s tail, so D (head of the second list) goes;
        // now B is in no tail; object waits for A (L[D]'s tail [A, object]); then A, then object.
        List<Shown> expected = List.of(
                step(MergeSnapshot.Kind.STARTED, null),
                step(MergeSnapshot.Kind.TAKEN, "C"),
                step(MergeSnapshot.Kind.REJECTED, "B"),
                step(MergeSnapshot.Kind.TAKEN, "D"),
                step(MergeSnapshot.Kind.TAKEN, "B"),
                step(MergeSnapshot.Kind.REJECTED, "object"),
                step(MergeSnapshot.Kind.TAKEN, "A"),
                step(MergeSnapshot.Kind.TAKEN, "object"),
                step(MergeSnapshot.Kind.FINISHED, null));
        assertEquals(expected, mergeSteps(SEED, "E"));
        // python3: E.mro() == [E, C, D, B, A, object]
        assertEquals(List.of("E", "C", "D", "B", "A", "object"), callFx(() -> view.snapshot().result()));
    }

    @Test
    void mergeOfDFollowsC3StepByStep() {
        // merge([B, object], [A, object], [B, A]): B; object is in [A, object]'s tail; A; object.
        List<Shown> expected = List.of(
                step(MergeSnapshot.Kind.STARTED, null),
                step(MergeSnapshot.Kind.TAKEN, "B"),
                step(MergeSnapshot.Kind.REJECTED, "object"),
                step(MergeSnapshot.Kind.TAKEN, "A"),
                step(MergeSnapshot.Kind.TAKEN, "object"),
                step(MergeSnapshot.Kind.FINISHED, null));
        assertEquals(expected, mergeSteps(SEED, "D"));
        assertEquals(List.of("D", "B", "A", "object"), callFx(() -> view.snapshot().result()));
    }

    @Test
    void aRejectionIsMarkedInTheTableAndSaidInWords() {
        int rejectB = indexOf(SEED, e -> e instanceof MroEvent.CandidateRejected r && r.cls().equals("E"));
        runFx(() -> view.show(SEED, rejectB));
        List<String> text = rendered();
        assertTrue(text.contains("[label, mro-explanation] B rejected: it appears in the tail of L[D] [D, B, A, object]."
                + " Try the head of the next list."), text.toString());
        // The rejected head (row L[C]) and the tail cell that blocks it (row L[D]).
        assertEquals("B \u2717", cellText(0, 0));
        assertTrue(cellClasses(0, 0).contains("mro-head"));
        assertEquals(List.of("rejected-now"), cellMarks(0, 0));
        assertEquals("\u2298 B", cellText(1, 1));
        assertEquals(List.of("blocker"), cellMarks(1, 1));
        assertTrue(callFx(() -> Boards.texts(view, "mro-note")).contains("its tail holds B \u21d2 B must wait"));
        // The canvas draws what its model holds.
        List<String> painted = callFx(() -> {
            view.node().applyCss();
            ((Parent) view.node()).layout();
            return Boards.table(view).painted().stream().map(Boxes.Painted::text).toList();
        });
        assertTrue(painted.containsAll(List.of("B \u2717", "\u2298 B", "its tail holds B \u21d2 B", "must wait", "Result", "E", "C")),
                painted.toString());
        assertTrue(callFx(() -> Boards.notationLines(view)).contains("\u25b6      = [E, C] + merge([B, object], "
                + "[D, B, A, object], [D])"), callFx(() -> Boards.notationLines(view)).toString());
        // Only the current line is marked (bold) besides its ▶.
        assertEquals(List.of("\u25b6      = [E, C] + merge([B, object], [D, B, A, object], [D])"),
                callFx(() -> Boards.notationLines(view, "current")));
        // The graph says it too: B is rejected now, C already joined the MRO at place 1.
        assertEquals("B \u2717", callFx(() -> Boards.graph(view).text("B")));
        assertEquals(HierarchyGraph.Mark.JOINED, callFx(() -> Boards.graph(view).mark("C")));
        assertEquals(1, callFx(() -> Boards.graph(view).badge("C")));
        assertEquals(HierarchyGraph.Mark.REJECTED_NOW, callFx(() -> Boards.graph(view).mark("B")));
        assertEquals(null, callFx(() -> Boards.graph(view).badge("B")), "B has no place in the result yet");
    }

    @Test
    void theHierarchyGraphShowsTheDiamond() {
        runFx(() -> {
            view.show(SEED, SEED.size() - 1);
            view.selectClass("E");
        });
        Hierarchy h = Hierarchy.of(view.snapshot() == null ? null : callFx(() -> classicOrder("E")),
                List.of("E", "C", "D", "B", "A", "object"));
        assertEquals(0, h.node("E").layer());
        assertEquals(1, h.node("C").layer());
        assertEquals(1, h.node("D").layer());
        assertEquals(2, h.node("B").layer(), "B sits below both C and D: the diamond");
        assertEquals(3, h.node("object").layer());
        assertEquals(7, h.edges().size());
        for (String cls : List.of("E", "C", "D", "B", "A", "object")) {
            assertTrue(callFx(() -> Boards.graph(view).classes()).contains(cls), cls);
        }
    }

    private MroEvent.ClassicOrder classicOrder(String cls) {
        return SEED.events().stream().filter(e -> e instanceof MroEvent.ClassicOrder c && c.cls().equals(cls))
                .map(e -> (MroEvent.ClassicOrder) e).findFirst().orElseThrow();
    }

    @Test
    void anInconsistentHierarchyShowsTheFailingStepAndCPythonsMessage() {
        Trace trace = MroTraces.run(MroTraces.INCONSISTENT);
        assertEquals(List.of(
                step(MergeSnapshot.Kind.STARTED, null),
                step(MergeSnapshot.Kind.REJECTED, "X"),
                step(MergeSnapshot.Kind.REJECTED, "Y"),
                step(MergeSnapshot.Kind.REJECTED, "X"),
                step(MergeSnapshot.Kind.FAILED, null)), mergeSteps(trace, "Z"));
        List<String> text = rendered();
        assertTrue(text.contains("[label, mro-error] TypeError: Cannot create a consistent method resolution\n"
                + "order (MRO) for bases X, Y"), text.toString());
        assertTrue(text.contains("[label, mro-explanation] The merge fails: every remaining head appears in the tail of"
                + " another list. CPython raises:"), text.toString());
        // Every head is marked rejected on the failing step.
        assertEquals(List.of("rejected"), cellMarks(0, 0));
        assertEquals(List.of("rejected"), cellMarks(1, 0));
        assertEquals(List.of("rejected"), cellMarks(2, 0));
    }

    @Test
    void steppingForwardThenBackRendersIdentically() {
        int start = indexOf(SEED, e -> e instanceof MroEvent.MergeStarted s && s.cls().equals("E"));
        runFx(() -> view.show(SEED, start + 2));
        List<String> before = rendered();
        for (int k = start + 3; k < start + 40; k++) {
            int position = k;
            runFx(() -> view.show(SEED, position));
        }
        for (int k = start + 38; k >= start + 2; k--) {
            int position = k;
            runFx(() -> view.show(SEED, position));
        }
        assertEquals(before, rendered());
        // And the same from a fresh view that never saw the later steps.
        MroView fresh = callFx(() -> {
            MroView v = new MroView();
            v.setLocale(Locale.ENGLISH);
            v.show(SEED, start + 2);
            stage.setScene(new Scene(new StackPane(v.node()), 1000, 800));
            return v;
        });
        assertEquals(before, callFx(() -> withBoards(RenderedText.of(fresh.node()), fresh)));
    }

    @Test
    void theSuperWalkHighlightsCInitRightAfterEnterCIsPrinted() {
        int enterE = indexOf(SEED, e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("enter E\n"));
        int enterC = indexOf(SEED, enterE, e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("enter C\n"));
        runFx(() -> view.show(SEED, enterC));
        SuperWalk walk = callFx(() -> view.walk());
        assertEquals("E", walk.selfType());
        assertEquals(List.of("E", "C", "D", "B", "A", "object"), walk.mro());
        assertEquals("C", walk.current());
        assertEquals(List.of("running"), boxStates("C"));
        assertEquals(List.of("on-stack"), boxStates("E"));
        assertEquals(List.of("not-reached"), boxStates("D"));
        List<String> text = rendered();
        assertTrue(text.contains("[label, mro-walk-stack] Call stack: E.__init__ \u2192 C.__init__ \u25c0"), text.toString());
        assertTrue(text.contains("[label, mro-walk-output-line] \u00a0 enter E".replace("\u00a0 ", "  ")), text.toString());
        assertTrue(text.contains("[label, mro-walk-output-line] \u25b6 enter C"), text.toString());
        assertEquals(List.of("\u25b6 enter C"), callFx(() -> marked(".mro-walk-output-line", "new")));
        // One step back, "enter C" is not printed yet, though C.__init__ already runs.
        runFx(() -> view.show(SEED, enterC - 1));
        assertTrue(rendered().stream().noneMatch(l -> l.contains("enter C")), rendered().toString());
        // Later, B.__init__ does not call super(): A and object are never reached.
        int leaveE = indexOf(SEED, e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("leave E\n"));
        runFx(() -> view.show(SEED, leaveE));
        assertEquals(List.of("returned"), boxStates("B"));
        assertEquals(List.of("not-reached"), boxStates("A"));
        assertEquals(List.of("running"), boxStates("E"));
    }

    @Test
    void followingTheLatestShowsTheMergeOfTheClassWhoseSuperWalkRuns() {
        // All six classes are defined before E() runs, so F's merge is the latest class statement;
        // while E's chain runs, the merge on screen is E's, whose result the walk follows.
        int enterE = indexOf(SEED, e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("enter E\n"));
        int lastMerge = -1;
        for (int k = 0; k < enterE; k++) {
            if (SEED.get(k) instanceof MroEvent.MergeFinished) {
                lastMerge = k;
            }
        }
        int lastMergeAt = lastMerge;
        assertEquals("F", callFx(() -> {
            view.show(SEED, lastMergeAt);
            return view.snapshot().cls();
        }), "before the walk, the latest class statement");
        assertEquals("E", callFx(() -> {
            view.show(SEED, enterE);
            return view.snapshot().cls();
        }));
        assertEquals("E", callFx(() -> view.walk().selfType()));
        int enterF = indexOf(SEED, e -> e instanceof ExecutionEvent.OutputWritten o && o.text().equals("enter F\n"));
        assertEquals("F", callFx(() -> {
            view.show(SEED, enterF);
            return view.snapshot().cls();
        }));
    }

    @Test
    void contrastModeShowsTheDepthFirstOrderBesideC3() {
        runFx(() -> {
            view.show(SEED, SEED.size() - 1);
            view.selectClass("E");
            view.setContrast(true);
        });
        assertEquals(List.of("E", "C", "D \u2260", "B \u2260", "A \u2260", "object \u2260"), rowTexts("#mro-contrast-c3"));
        assertEquals(List.of("E", "C", "B \u2260", "object \u2260", "D \u2260", "A \u2260"), rowTexts("#mro-contrast-classic"));
        List<String> text = rendered();
        assertTrue(text.contains("[label, mro-contrast-early] Depth-first reaches B before D, yet D is a subclass of B:"
                + " a method D overrides would be found in B first."), text.toString());
    }

    @Test
    void bothLanguagesSwitchLive() {
        int rejectB = indexOf(SEED, e -> e instanceof MroEvent.CandidateRejected r && r.cls().equals("E"));
        runFx(() -> view.show(SEED, rejectB));
        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        List<String> zh = rendered();
        assertTrue(zh.contains("[label, mro-explanation] 拒绝 B：它出现在 L[D] [D, B, A, object] 的尾中。改看下一个列表的头。"),
                zh.toString());
        assertTrue(zh.contains("[label, mro-title] E 的 C3 线性化（方法解析顺序，MRO）"), zh.toString());
        assertTrue(callFx(() -> Boards.texts(view, "mro-table-header")).contains("头"));
        runFx(() -> view.setLocale(Locale.ENGLISH));
        List<String> en = rendered();
        assertTrue(callFx(() -> Boards.texts(view, "mro-table-header")).contains("Head"));
        assertTrue(en.stream().noneMatch(l -> l.contains("拒绝")), en.toString());
    }

    @Test
    void withoutATraceItSaysHowToGetOne() {
        runFx(() -> view.show(new Trace(List.of()), -1));
        assertTrue(rendered().contains("[label, mro-status] No trace yet: run the code (Ctrl+Enter), then step with \u2190 \u2192."),
                rendered().toString());
    }

    // ---- helpers ---------------------------------------------------------------------------

    private interface EventTest {
        boolean test(TraceEvent e);
    }

    private static int indexOf(Trace trace, EventTest test) {
        return indexOf(trace, 0, test);
    }

    private static int indexOf(Trace trace, int from, EventTest test) {
        for (int k = from; k < trace.size(); k++) {
            if (test.test(trace.get(k))) {
                return k;
            }
        }
        throw new AssertionError("no such event");
    }

    /** The view's labels and what its canvases show. */
    private List<String> rendered() {
        return callFx(() -> withBoards(RenderedText.of(view.node()), view));
    }

    private static List<String> withBoards(List<String> labels, MroView of) {
        List<String> all = new ArrayList<>(labels);
        all.addAll(Boards.describe(of));
        return all;
    }

    private String cellText(int list, int index) {
        return callFx(() -> Boards.cell(view, "mro-cell-" + list + "-" + index).text());
    }

    private List<String> cellClasses(int list, int index) {
        return callFx(() -> Boards.cell(view, "mro-cell-" + list + "-" + index).styles());
    }

    /** A table cell's mark: its pseudo-classes (taken, rejected, rejected-now, blocker). */
    private List<String> cellMarks(int list, int index) {
        return callFx(() -> {
            String mark = Boards.cell(view, "mro-cell-" + list + "-" + index).state();
            return mark == null ? List.<String>of() : List.of(mark);
        });
    }

    /** The walk box's state: its pseudo-classes (running, on-stack, returned, passed-over, not-reached). */
    private List<String> boxStates(String cls) {
        return callFx(() -> pseudoClasses(lookup("#mro-walk-box-" + cls)));
    }

    /** The texts of the labels matching {@code selector} that have the pseudo-class {@code state}. */
    private List<String> marked(String selector, String state) {
        return ((Parent) view.node()).lookupAll(selector).stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state)))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> pseudoClasses(Node node) {
        return node.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName).sorted().toList();
    }

    private List<String> rowTexts(String id) {
        return callFx(() -> ((FlowPane) lookup(id)).getChildren().stream().map(n -> ((Label) n).getText())
                .collect(Collectors.toList()));
    }

    private Node lookup(String selector) {
        Node n = ((Parent) view.node()).lookup(selector);
        assertNotNull(n, selector);
        return n;
    }
}
