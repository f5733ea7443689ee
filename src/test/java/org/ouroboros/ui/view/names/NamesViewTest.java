package org.ouroboros.ui.view.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.graph.ObjectTraces;

/**
 * The sticky-notes view on the seed's chapter 3 examples run by the VM: {@code b = a} puts a
 * second note on the same object, {@code b.append(3)} changes that one list, stepping back
 * removes notes, comparisons and shared small ints are marked, frames come and go.
 */
class NamesViewTest extends StagedFxTestBase {
    private static final Trace STICKY = ObjectTraces.run(ObjectTraces.STICKY_NOTES);

    private NamesView open(Trace trace, int position) {
        NamesView view = callFx(() -> {
            NamesView v = new NamesView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 760);
        runFx(() -> view.show(trace, position));
        return view;
    }

    private static long boundId(Trace t, String name) {
        return t.events().stream().filter(e -> e instanceof ObjectEvent.NameBound n && n.name().equals(name))
                .map(e -> ((ObjectEvent.NameBound) e).objectId()).findFirst().orElseThrow();
    }

    /** Position of the last event of the line where {@code name} is first bound (the step after it ran). */
    private static int afterBinding(Trace t, String name) {
        return NamesFoldTest.positionOf(t, name);
    }

    private static int afterCall(Trace t, String callOutputOrAppend, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.get(i) instanceof ObjectEvent.ObjectSnapshot s && s.repr().equals(callOutputOrAppend)) {
                return i;
            }
        }
        throw new AssertionError(callOutputOrAppend);
    }

    private Parent card(NamesView view, long id) {
        return callFx(() -> (Parent) view.node().lookup("#names-card-" + Long.toHexString(id)));
    }

    private List<String> notesOn(NamesView view, long id) {
        return callFx(() -> card(view, id).lookupAll(".names-card-note").stream().map(n -> ((Label) n).getText())
                .collect(Collectors.toList()));
    }

    private String value(NamesView view, long id) {
        return callFx(() -> ((Label) view.node().lookup("#names-value-" + Long.toHexString(id))).getText());
    }

    @Test
    void interactiveZoomStopsAtThirtyPercentButAPictureFitsAnyBoard() {
        NamesView view = open(STICKY, STICKY.size() - 1);
        double board = callFx(() -> {
            view.zoom(1);
            view.node().applyCss();
            ((Parent) view.node()).layout();
            return view.node().lookup(".names-scroll") instanceof javafx.scene.control.ScrollPane sp
                    ? sp.getContent().prefWidth(-1) : Double.NaN;
        });
        runFx(() -> view.zoom(0.1));
        assertEquals(NamesView.MIN_ZOOM, callFx(view::zoomFactor), 1e-9, "Ctrl+scroll stops at 30%");
        runFx(() -> view.fitZoom(0.1));
        assertEquals(0.1, callFx(view::zoomFactor), 1e-9, "an export zooms as far out as the board needs");
        double shrunk = callFx(() -> ((javafx.scene.control.ScrollPane) view.node().lookup(".names-scroll"))
                .getContent().prefWidth(-1));
        assertEquals(board * 0.1, shrunk, 1, "the board's room shrinks with it");
        runFx(() -> view.fitZoom(4));
        assertEquals(1, callFx(view::zoomFactor), 1e-9, "fitting never enlarges past full size");
    }

    @Test
    void aBoardWiderThanTheViewIsZoomedOutToFitUntilTheUserZooms() {
        NamesView view = open(STICKY, STICKY.size() - 1);
        javafx.scene.control.ScrollPane scroll = callFx(() -> (javafx.scene.control.ScrollPane) view.node()
                .lookup(".names-scroll"));
        waitFor("full size in a wide view", () -> view.zoomFactor() == 1);
        runFx(() -> stage.setWidth(520));
        waitFor("zoomed out to fit 520 px", () -> view.zoomFactor() < 1);
        double fitted = callFx(view::zoomFactor);
        assertTrue(fitted >= NamesView.FIT_FLOOR, "not below the floor: " + fitted);
        if (fitted > NamesView.FIT_FLOOR) {
            assertTrue(callFx(() -> scroll.getContent().prefWidth(-1) <= scroll.getViewportBounds().getWidth() + 1),
                    "the whole width is in view");
        }
        runFx(() -> view.zoom(1));
        runFx(() -> stage.setWidth(500));
        sleep(200);
        assertEquals(1, callFx(view::zoomFactor), 1e-9, "the user's zoom stays");
        assertFalse(callFx(view::fittingWidth));
        runFx(() -> view.node().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT0, false, true, false,
                false)));
        assertTrue(callFx(view::fittingWidth), "Ctrl+0 goes back to fitting");
        waitFor("fitted again", () -> view.zoomFactor() < 1);
        runFx(() -> view.node().getScene().getRoot().getStyleClass().add("presentation"));
        runFx(view::fitWidth);
        assertEquals(1, callFx(view::zoomFactor), 1e-9, "presentation mode never shrinks the type");
    }

    @Test
    void bEqualsAPutsASecondNoteOnTheSameListAndSteppingBackTakesItOff() {
        long list = boundId(STICKY, "a");
        NamesView view = open(STICKY, afterBinding(STICKY, "b"));
        assertEquals(List.of("a", "b"), notesOn(view, list));
        assertNotNull(callFx(() -> view.node().lookup("#names-note-module-__main__-a")));
        assertNotNull(callFx(() -> view.node().lookup("#names-note-module-__main__-b")));
        // Two name arrows and one per drawn item: all of them end on cards.
        assertEquals(2 + 2, view.arrowCount());
        runFx(() -> view.show(STICKY, afterBinding(STICKY, "b") - 1));
        assertEquals(List.of("a"), notesOn(view, list));
        assertNull(callFx(() -> view.node().lookup("#names-note-module-__main__-b")));
    }

    @Test
    void aStepKeepsTheArrowsItDoesNotChangeAndHidesTheOnesThatGo() {
        int afterB = afterBinding(STICKY, "b");
        NamesView view = open(STICKY, afterB);
        List<Node> before = shownArrows(view);
        assertEquals(2 * (2 + 2), before.size(), "a curve and a head per name and per item");
        long list = boundId(STICKY, "a");
        List<Node> slots = callFx(() -> List.copyOf(card(view, list).lookupAll(".names-slot")));
        int appended3 = afterCall(STICKY, "[1, 2, 3]", afterB);
        runFx(() -> view.show(STICKY, appended3));
        waitFor("the new item's arrow", () -> view.arrowCount() == 2 + 3);
        List<Node> slotsAfter = callFx(() -> List.copyOf(card(view, list).lookupAll(".names-slot")));
        assertEquals(3, slotsAfter.size());
        assertTrue(slotsAfter.containsAll(slots), "the list's card keeps its slots [0] and [1]: their arrows stay put");
        List<Node> after = shownArrows(view);
        assertEquals(before.size() + 2, after.size(), "one more curve and head");
        assertTrue(after.containsAll(before), "the arrows already drawn are the same nodes");
        int made = allArrowNodes(view);
        runFx(() -> view.show(STICKY, afterB));
        waitFor("back to four arrows", () -> view.arrowCount() == 2 + 2);
        assertEquals(before.size(), shownArrows(view).size());
        // The arrow that went is hidden and kept, not removed: a removal repaints the whole layer.
        assertEquals(made, allArrowNodes(view));
    }

    @Test
    void aCardThatGoesLeavesItsPlaceHiddenAndEmptyForTheNextObject() {
        Trace t = ObjectTraces.run("a = [1]\nb = 'x'\ndel b\nc = (2,)\n");
        NamesView view = open(t, afterBinding(t, "b"));
        long x = boundId(t, "b");
        Parent placeOfB = card(view, x);
        assertNotNull(placeOfB);
        int places = callFx(() -> view.node().lookupAll(".names-card").size());
        runFx(() -> view.show(t, afterBinding(t, "c") - 1));
        // after `del b` its card is hidden, not removed (a removal repaints the whole column)
        assertNull(card(view, x), "a hidden place keeps no id");
        assertFalse(callFx(placeOfB::isVisible));
        assertEquals(places, (int) callFx(() -> view.node().lookupAll(".names-card").size()));
        runFx(() -> view.show(t, t.size() - 1));
        assertSame(placeOfB, card(view, boundId(t, "c")), "the tuple's card takes the place the str's card left");
        assertTrue(callFx(placeOfB::isVisible));
        assertEquals("(2,)", value(view, boundId(t, "c")));
    }

    /** The arrow nodes drawn (curves and heads), after a CSS and layout pass. */
    private List<Node> shownArrows(NamesView view) {
        return callFx(() -> {
            view.node().applyCss();
            ((Parent) view.node()).layout();
            return arrowNodes(view).stream().filter(Node::isVisible).collect(Collectors.toList());
        });
    }

    private int allArrowNodes(NamesView view) {
        return callFx(() -> arrowNodes(view).size());
    }

    private static List<Node> arrowNodes(NamesView view) {
        List<Node> all = new java.util.ArrayList<>(view.node().lookupAll(".names-arrow"));
        all.addAll(view.node().lookupAll(".names-arrow-head"));
        return all;
    }

    @Test
    void appendThroughEitherNameChangesTheOneList() {
        long list = boundId(STICKY, "a");
        int afterB = afterBinding(STICKY, "b");
        NamesView view = open(STICKY, afterB);
        assertEquals("[1, 2]", value(view, list));
        int appended3 = afterCall(STICKY, "[1, 2, 3]", afterB);
        runFx(() -> view.show(STICKY, appended3));
        assertEquals("[1, 2, 3]", value(view, list));
        int appended4 = afterCall(STICKY, "[1, 2, 3, 4]", appended3);
        runFx(() -> view.show(STICKY, appended4));
        assertEquals("[1, 2, 3, 4]", value(view, list));
        assertEquals(1, callFx(() -> view.node().lookupAll(".names-card").stream()
                .filter(n -> n.lookup(".names-card-value") != null
                        && ((Label) n.lookup(".names-card-value")).getText().equals("[1, 2, 3, 4]")).count()).intValue());
        runFx(() -> view.show(STICKY, appended3));
        assertEquals("[1, 2, 3]", value(view, list));
    }

    @Test
    void isAndEqualsAreExplainedOnTheirOperands() {
        long a = boundId(STICKY, "a");
        long c = boundId(STICKY, "c");
        NamesView view = open(STICKY, STICKY.size() - 1);
        String banner = callFx(() -> ((Label) view.node().lookup("#names-comparison")).getText());
        assertTrue(banner.startsWith("is \u2192 False: two different objects"), banner);
        assertTrue(callFx(() -> card(view, a).getStyleClass().contains("names-card-compared")));
        assertTrue(callFx(() -> card(view, c).getStyleClass().contains("names-card-compared")));
        assertEquals("left of is", callFx(() -> ((Label) card(view, a).lookup(".names-card-role")).getText()));
        int isLine = -1;
        for (int i = 0; i < STICKY.size(); i++) {
            if (STICKY.get(i) instanceof ObjectEvent.ObjectsCompared cmp && cmp.operator().equals("is")) {
                isLine = i;
                break;
            }
        }
        int first = isLine;
        runFx(() -> view.show(STICKY, first));
        String same = callFx(() -> ((Label) view.node().lookup("#names-comparison")).getText());
        assertTrue(same.startsWith("is \u2192 True: both sides are the same object"), same);
        assertEquals("both sides of is", callFx(() -> ((Label) card(view, a).lookup(".names-card-role")).getText()));
    }

    @Test
    void smallIntsAreDrawnAsSharedObjects() {
        Trace t = ObjectTraces.run("x = 1\ny = 1\nbig = 1000\n");
        NamesView view = open(t, t.size() - 1);
        long one = boundId(t, "x");
        assertEquals(List.of("x", "y"), notesOn(view, one));
        assertEquals("shared: small-int cache (\u22125\u2026256)",
                callFx(() -> ((Label) card(view, one).lookup(".names-card-shared")).getText()));
        assertNull(callFx(() -> card(view, boundId(t, "big")).lookup(".names-card-shared")));
    }

    @Test
    void aFunctionFrameAppearsDuringTheCallAndGoesAfterIt() {
        Trace t = ObjectTraces.run("def f(x):\n    y = [x, x]\n    return y\n\nn = 7\nr = f(n)\n");
        NamesView view = open(t, afterBinding(t, "y"));
        List<String> titles = callFx(() -> view.node().lookupAll(".names-frame-title").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList()));
        assertEquals(List.of("Global frame (__main__)", "Frame: f()"), titles);
        assertEquals(List.of("n", "x"), notesOn(view, boundId(t, "n")));
        runFx(() -> view.show(t, t.size() - 1));
        List<String> after = callFx(() -> view.node().lookupAll(".names-frame-title").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList()));
        assertEquals(List.of("Global frame (__main__)"), after);
        assertEquals(List.of("r"), notesOn(view, boundId(t, "y")));
    }

    @Test
    void chapterThreeClassesAreObjectsWithNotes() {
        Trace t = ObjectTraces.run(ObjectTraces.SEED_CLASSES);
        NamesView view = open(t, t.size() - 1);
        long e = boundId(t, "E");
        assertEquals(List.of("E"), notesOn(view, e));
        assertEquals("<class '__main__.E'>", value(view, e));
    }

    @Test
    void aHundredThousandItemListDrawsAFewSlotsAndSaysHowManyMore() {
        Trace t = ObjectTraces.run("xs = list(range(100000))\n");
        NamesView view = open(t, t.size() - 1);
        Parent card = card(view, boundId(t, "xs"));
        assertEquals(Board.SLOTS, callFx(() -> card.lookupAll(".names-slot").size()).intValue());
        assertEquals("+ 99992 more", callFx(() -> ((Label) card.lookup(".names-slot-more")).getText()));
        assertTrue(view.board().column1().size() + view.board().column2().size() <= Board.CARDS);
    }

    @Test
    void presentationAndChinese() {
        NamesView view = open(STICKY, afterBinding(STICKY, "b"));
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            Parent root = view.node().getScene().getRoot();
            root.getStyleClass().add("presentation");
            root.setStyle("-fx-font-size: 20px;");
            root.applyCss();
            root.layout();
        });
        Node note = callFx(() -> view.node().lookup("#names-note-module-__main__-a"));
        assertTrue(callFx(() -> ((Label) note).getFont().getSize()) >= 18);
        assertEquals("全局帧 (__main__)", callFx(() -> ((Label) view.node().lookup(".names-frame-title")).getText()));
        assertFalse(callFx(() -> ((Label) view.node().lookup("#names-status")).getText()).isEmpty());
    }

    // ---- the inspector, on the seed's blocks (org/ouroboros/lessons/programs/) ----

    private static String seed(String name) {
        try (java.io.InputStream in = NamesViewTest.class.getResourceAsStream(org.ouroboros.SeedBlocks.PROGRAMS + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Trace CH2 = ObjectTraces.run(seed("ch2_1.py"));
    private static final Trace CH1 = ObjectTraces.run(seed("ch1_1.py"));

    /** A real click (press and release with the mouse) through the pannable scroll pane. */
    private void click(Node node) {
        robot.clickOn(node, javafx.scene.input.MouseButton.PRIMARY);
    }

    private boolean inspectorShown(NamesView view) {
        return callFx(() -> view.node().lookup("#names-inspector") != null
                && view.node().lookup("#names-inspector").getScene() != null);
    }

    @Test
    void clickingACardOpensTheInspectorOnWhatTheTraceSaysOfThatObject() {
        NamesView view = open(CH2, CH2.size() - 1);
        long a = boundId(CH2, "a");
        assertFalse(inspectorShown(view));
        // A click on the card's value label: anywhere on the card picks it.
        click(callFx(() -> view.node().lookup("#names-value-" + Long.toHexString(a))));
        assertTrue(inspectorShown(view));
        assertEquals(a, view.selected());
        assertEquals(a + "  (" + org.ouroboros.ui.view.graph.ClassText.hex(a) + ")", callFx(() -> view.inspected("id")));
        assertEquals("<class '__main__.A'>", callFx(() -> view.inspected("type")));
        // The trace's own description (the VM runs no user __repr__ to describe an object): as on the card.
        assertEquals(value(view, a), callFx(() -> view.inspected("value")));
        assertTrue(callFx(() -> view.inspected("value")).startsWith("<__main__.A object at 0x"));
        assertEquals("lst: ['x', 'y', 'z']", callFx(() -> view.inspected("dict")));
        assertTrue(callFx(() -> card(view, a).getStyleClass().contains("names-card-selected")));
        // Dragging pans the board: it does not pick (and here leaves the inspector as it was).
        robot.drag(callFx(() -> card(view, a)), javafx.scene.input.MouseButton.PRIMARY).dropBy(-60, 0);
        assertEquals(a, view.selected());
        // A second click closes it.
        click(callFx(() -> card(view, a)));
        assertFalse(inspectorShown(view));
        assertNull(view.selected());
    }

    @Test
    void theInspectorFollowsThePositionAndShowsOnlyWhatTheTraceHas() {
        NamesView view = open(CH1, CH1.size() - 1);
        long one = boundId(CH1, "a");
        runFx(() -> view.select(one));
        assertEquals("1", callFx(() -> view.inspected("value")));
        assertEquals("<class 'int'>", callFx(() -> view.inspected("type")));
        assertEquals("(no __dict__)", callFx(() -> view.inspected("dict")), "an int has no __dict__");
        // Back to the start: the trace has not described the object yet, and the inspector says so.
        runFx(() -> view.show(CH1, 0));
        assertTrue(inspectorShown(view));
        assertNull(callFx(() -> view.inspected("value")));
        assertEquals("This object is not described yet at this step.",
                callFx(() -> ((Label) view.node().lookup("#graph-inspector-note")).getText()));
        // And forward again: the same rows as before.
        runFx(() -> view.show(CH1, CH1.size() - 1));
        assertEquals("1", callFx(() -> view.inspected("value")));
    }

    @Test
    void theKeyboardOpensAndClosesTheInspector() {
        NamesView view = open(CH2, CH2.size() - 1);
        long a = boundId(CH2, "a");
        Parent card = card(view, a);
        assertTrue(callFx(card::isFocusTraversable), "Tab reaches the cards");
        runFx(() -> javafx.event.Event.fireEvent(card, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                false, false, false, false)));
        assertEquals(a, view.selected());
        runFx(() -> javafx.event.Event.fireEvent(card, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                false, false, false, false)));
        assertNull(view.selected());
        assertFalse(inspectorShown(view));
    }

    @Test
    void theInspectorSpeaksChineseAndIsLegibleInPresentationMode() {
        NamesView view = open(CH2, CH2.size() - 1);
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.select(boundId(CH2, "a"));
            Parent root = view.node().getScene().getRoot();
            root.getStyleClass().add("presentation");
            root.setStyle("-fx-font-size: 20px;");
            root.applyCss();
            root.layout();
        });
        assertEquals("检查器", callFx(() -> ((Label) view.node().lookup("#graph-inspector-title")).getText()));
        List<String> small = callFx(() -> view.node().lookup("#names-inspector").lookupAll(".label").stream()
                .map(n -> (Label) n).filter(l -> l.getText() != null && !l.getText().isEmpty()
                        && l.getFont().getSize() < 18).map(l -> l.getText() + ": " + l.getFont().getSize()).toList());
        assertTrue(small.isEmpty(), small.toString());
        assertTrue(callFx(() -> view.node().lookup("#names-inspector").lookupAll(".label").size()) > 6);
    }
}
