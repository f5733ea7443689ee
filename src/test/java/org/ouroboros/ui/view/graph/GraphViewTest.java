package org.ouroboros.ui.view.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;

/**
 * The object graph on traces of the seed's chapter 1, 3 and 4 code run by the VM: nodes, edge
 * styles, stepping forward and back with stable positions, the inspector, filters, a 100,000-object
 * program, presentation type and Chinese. Assertions are on the scene graph.
 */
class GraphViewTest extends StagedFxTestBase {
    private static final Trace OBJECTS = ObjectTraces.run(ObjectTraces.SEED_OBJECTS);
    private static final Trace CLASSES = ObjectTraces.run(ObjectTraces.SEED_CLASSES);

    private GraphView open(Trace trace, int position) {
        GraphView view = callFx(() -> {
            GraphView v = new GraphView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 760);
        runFx(() -> view.show(trace, position));
        return view;
    }

    private Label node(GraphView view, String key) {
        return callFx(() -> (Label) view.node().lookup("#graph-node-" + key));
    }

    private static long idOfClass(GraphView view, String qualname) {
        return view.state().classes().values().stream().filter(c -> c.qualname().equals(qualname)).findFirst()
                .orElseThrow().id();
    }

    private static long boundId(Trace t, String name) {
        return t.events().stream().filter(e -> e instanceof ObjectEvent.NameBound n && n.name().equals(name))
                .map(e -> ((ObjectEvent.NameBound) e).objectId()).findFirst().orElseThrow();
    }

    private static int positionOf(Trace t, String name) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i) instanceof ObjectEvent.NameBound n && n.name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void chapterOneShowsTheBuiltinsTheTwoObjectsAndTheTypeObjectLoop() {
        GraphView view = open(OBJECTS, OBJECTS.size() - 1);
        String one = GraphNode.objectKey(boundId(OBJECTS, "a"));
        String abc = GraphNode.objectKey(boundId(OBJECTS, "b"));
        assertEquals("1", node(view, one).getText());
        assertEquals("'abc'", node(view, abc).getText());
        assertTrue(node(view, one).getStyleClass().contains("graph-node-instance"));
        String type = GraphNode.objectKey(idOfClass(view, "type"));
        String object = GraphNode.objectKey(idOfClass(view, "object"));
        String integer = GraphNode.objectKey(idOfClass(view, "int"));
        assertEquals("\u00abtype\u00bb", node(view, type).getText());
        assertTrue(node(view, type).getStyleClass().contains("graph-node-metaclass"));
        assertTrue(node(view, object).getStyleClass().contains("graph-node-class"));
        // Edges: 1 is an instance of int (dashed, open arrow), int a subclass of object (solid, hollow triangle).
        Node instanceOf = callFx(() -> view.node().lookup("#graph-edge-" + one + "-instance-of-" + integer));
        Node subclassOf = callFx(() -> view.node().lookup("#graph-edge-" + integer + "-subclass-of-" + object));
        assertTrue(instanceOf.getStyleClass().contains("graph-edge-instance-of"));
        assertTrue(subclassOf.getStyleClass().contains("graph-edge-subclass-of"));
        assertFalse(callFx(() -> ((CubicCurve) ((Parent) instanceOf).getChildrenUnmodifiable().get(0)).getStrokeDashArray()
                .isEmpty()));
        assertTrue(callFx(() -> ((CubicCurve) ((Parent) subclassOf).getChildrenUnmodifiable().get(0)).getStrokeDashArray()
                .isEmpty()));
        assertTrue(((Parent) instanceOf).getChildrenUnmodifiable().get(1) instanceof Polyline);
        assertTrue(((Parent) subclassOf).getChildrenUnmodifiable().get(1) instanceof Polygon);
        // type is an instance of itself; object is an instance of type; type is a subclass of object.
        assertNotNull(callFx(() -> view.node().lookup("#graph-edge-" + type + "-instance-of-" + type)));
        assertNotNull(callFx(() -> view.node().lookup("#graph-edge-" + object + "-instance-of-" + type)));
        assertNotNull(callFx(() -> view.node().lookup("#graph-edge-" + type + "-subclass-of-" + object)));
    }

    @Test
    void steppingBackRemovesTheNewObjectAndForwardPutsItBackInTheSamePlace() {
        GraphView view = open(OBJECTS, positionOf(OBJECTS, "b"));
        String abc = GraphNode.objectKey(boundId(OBJECTS, "b"));
        Label shown = node(view, abc);
        assertNotNull(shown);
        double x = callFx(shown::getLayoutX);
        double y = callFx(shown::getLayoutY);
        int before = positionOf(OBJECTS, "a");
        runFx(() -> view.show(OBJECTS, before));
        assertNull(node(view, abc));
        assertNotNull(node(view, GraphNode.objectKey(boundId(OBJECTS, "a"))));
        runFx(() -> view.show(OBJECTS, positionOf(OBJECTS, "b")));
        Label again = node(view, abc);
        assertEquals(x, callFx(again::getLayoutX), 0.5);
        assertEquals(y, callFx(again::getLayoutY), 0.5);
        runFx(() -> view.show(OBJECTS, -1));
        assertTrue(view.graph().nodes().isEmpty());
    }

    @Test
    void aStepMarksTheRepaintPixelSoNodesPlacedOutOfSightDoNotRepaintTheWindow() {
        GraphView view = open(OBJECTS, 0);
        javafx.scene.Node mark = callFx(() -> view.node().lookup(".repaint-mark"));
        assertNotNull(mark, "the view holds a repaint mark");
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        runFx(() -> mark.opacityProperty().addListener(o -> changes.incrementAndGet()));
        runFx(() -> view.show(OBJECTS, OBJECTS.size() - 1));
        waitFor("the step marks the pixel", () -> changes.get() > 0);
    }

    @Test
    void clickingAClassShowsItsMroBasesAndType() {
        GraphView view = open(CLASSES, CLASSES.size() - 1);
        String e = GraphNode.objectKey(idOfClass(view, "E"));
        Label node = node(view, e);
        robot.clickOn(node);
        waitFor("inspector filled", () -> view.inspected("mro") != null);
        assertEquals("(<class '__main__.E'>, <class '__main__.C'>, <class '__main__.D'>, <class '__main__.B'>, "
                + "<class '__main__.A'>, <class 'object'>)", view.inspected("mro"));
        assertEquals("(<class '__main__.C'>, <class '__main__.D'>)", view.inspected("bases"));
        assertEquals("<class 'type'>", view.inspected("type"));
        assertEquals("<class 'type'>", view.inspected("class"));
        assertTrue(view.inspected("dict").contains("__init__"));
        assertTrue(callFx(() -> node(view, e).getStyleClass().contains("graph-node-selected")));
    }

    @Test
    void inspectingAnInstanceShowsTheThreeCharacteristics() {
        Trace t = ObjectTraces.run("class A:\n    def __init__(self):\n        self.lst = ['x', 'y']\na = A()\n");
        GraphView view = open(t, t.size() - 1);
        long id = boundId(t, "a");
        String hex = Long.toHexString(id);
        assertEquals("A \u2026" + hex.substring(hex.length() - 4), node(view, GraphNode.objectKey(id)).getText());
        runFx(() -> view.select(GraphNode.objectKey(id)));
        assertEquals(id + "  (0x" + Long.toHexString(id) + ")", view.inspected("id"));
        assertEquals("<class '__main__.A'>", view.inspected("type"));
        assertEquals("<__main__.A object at 0x" + Long.toHexString(id) + ">", view.inspected("value"));
        assertEquals("lst: ['x', 'y']", view.inspected("dict"));
        assertTrue(view.inspected("dir").contains("lst"));
        assertTrue(view.inspected("dir").contains("__init__"));
        assertTrue(view.inspected("dir").contains("__repr__"));
        assertEquals("(not a class)", view.inspected("bases"));
    }

    @Test
    void filtersHideBuiltinsInstancesOrAllButAnAncestry() {
        GraphView view = open(CLASSES, CLASSES.size() - 1);
        String c = GraphNode.objectKey(idOfClass(view, "C"));
        String b = GraphNode.objectKey(idOfClass(view, "B"));
        String object = GraphNode.objectKey(idOfClass(view, "object"));
        String type = GraphNode.objectKey(idOfClass(view, "type"));
        String integer = GraphNode.objectKey(idOfClass(view, "int"));
        runFx(() -> view.setHideBuiltins(true));
        assertNull(node(view, integer));
        assertNotNull(node(view, object));
        assertNotNull(node(view, type));
        assertTrue(view.graph().nodes().values().stream().noneMatch(n -> n.builtin() && !n.isClass()));
        runFx(() -> {
            view.setHideBuiltins(false);
            view.setHideInstances(true);
        });
        assertNotNull(node(view, integer));
        assertTrue(view.graph().nodes().values().stream().allMatch(GraphNode::isClass));
        runFx(() -> {
            view.setHideInstances(false);
            view.select(c);
            view.setFocusOnAncestry(true);
        });
        assertEquals(java.util.Set.of(c, b, object, type), view.graph().nodes().keySet());
    }

    @Test
    void aHundredThousandObjectsCollapseIntoOneCountedNode() {
        Trace t = ObjectTraces.run(ObjectTraces.HUNDRED_THOUSAND);
        GraphView view = open(t, t.size() - 1);
        long point = idOfClass(view, "Point");
        Label more = node(view, GraphNode.collapsedKey(point));
        assertEquals("+ 99,984 more Point", more.getText());
        assertTrue(more.getStyleClass().contains("graph-node-collapsed"));
        assertTrue(view.graph().nodes().size() < 80, "nodes drawn: " + view.graph().nodes().size());
        String count = java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(view.state().instanceCount());
        assertTrue(view.state().instanceCount() > 100_000);
        assertTrue(callFx(() -> ((Label) view.node().lookup("#graph-status")).getText()).contains(count + " objects"));
        runFx(() -> view.show(t, t.size() / 2));
        assertTrue(view.state().collapsed().get(point) < 99_984);
    }

    @Test
    void presentationTypeIsAtLeastEighteenPixelsAndChineseIsUsed() {
        GraphView view = open(OBJECTS, OBJECTS.size() - 1);
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            Parent root = view.node().getScene().getRoot();
            root.getStyleClass().add("presentation");
            root.setStyle("-fx-font-size: 20px;");
            root.applyCss();
            root.layout();
        });
        Label one = node(view, GraphNode.objectKey(boundId(OBJECTS, "a")));
        assertTrue(callFx(() -> one.getFont().getSize()) >= 18);
        Label status = callFx(() -> (Label) view.node().lookup("#graph-status"));
        assertTrue(callFx(() -> status.getFont().getSize()) >= 18);
        assertTrue(callFx(status::getText).contains("个类"));
        assertEquals("隐藏内置类型", callFx(() -> ((javafx.scene.control.ToggleButton) view.node()
                .lookup("#graph-hide-builtins")).getText()));
    }
}
