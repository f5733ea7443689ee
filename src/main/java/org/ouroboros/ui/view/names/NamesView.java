package org.ouroboros.ui.view.names;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.graph.ClassText;
import org.ouroboros.ui.view.graph.GraphView;
import org.ouroboros.ui.view.graph.InspectorPanel;
import org.ouroboros.ui.view.graph.Inspection;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.RepaintMark;
import org.ouroboros.ui.view.ScrollPanes;
import org.ouroboros.ui.view.ZoomFrame;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * Names and objects, the seed's sticky notes (便利贴): each frame's names on the left as notes,
 * the objects they are stuck on to the right, an arrow per name. {@code b = a} adds a second
 * note and a second arrow to the same object; {@code b.append(3)} changes that one object;
 * the latest {@code is} / {@code ==} comparison marks its two operands. Clicking a card (or
 * Enter on it) opens the graph view's inspector on that object: id, type, value, {@code __dict__}
 * as the trace describes them; Escape or a second click closes it.
 *
 * <pre>{@code
 * NamesView view = new NamesView();
 * view.show(trace, position);            // or TraceViewBinding.bind(player, view)
 * }</pre>
 */
public final class NamesView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.names.messages";

    private final CheckpointedFold<NamesState> states = new CheckpointedFold<>(new NamesFold());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    /**
     * Changed in the pulse of each step and the one after: a change the step leaves out of sight
     * (cards below the visible part of the board) would otherwise make the next pulse repaint the
     * whole window (25–30 ms with software rendering) instead of one pixel.
     */
    private final RepaintMark repaintMark = new RepaintMark();
    private final Label comparison = new Label();
    private final NamesCanvas canvas = new NamesCanvas();
    private final ZoomFrame zoomed = new ZoomFrame(canvas);
    private final ScrollPane scroll = new ScrollPane(zoomed);
    private final InspectorPanel inspector = new InspectorPanel();
    private final ScrollPane side = new ScrollPane(inspector);
    /** The board alone until a card is clicked; then the inspector beside it. */
    private final SplitPane split = new SplitPane(scroll);

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private SnapshotIndex index = SnapshotIndex.of(shownTrace);
    private NamesState shown = new NamesFold().initial();
    private Board board = Board.of(shown, index, -1);
    /** The id of the object the inspector shows, or null. */
    private Long selected;

    public NamesView() {
        root.getStyleClass().add("names-view");
        root.getStylesheets().add(Objects.requireNonNull(NamesView.class.getResource("names-view.css")).toExternalForm());
        status.setId("names-status");
        status.getStyleClass().add("names-status");
        status.setWrapText(true);
        comparison.setId("names-comparison");
        comparison.getStyleClass().add("names-comparison");
        comparison.setWrapText(true);
        VBox top = new VBox(status, comparison);
        top.getStyleClass().add("names-top");
        scroll.setPannable(true);
        ScrollPanes.paintChangesOnly(scroll);
        ScrollPanes.paintChangesOnly(side);
        scroll.getStyleClass().add("names-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoom(zoomed.zoom() * Math.pow(1.1, e.getDeltaY() / 40));
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DIGIT0 && e.isShortcutDown()) {
                fitWidth();
            }
        });
        // Until the user zooms, a board wider than the view is zoomed out to fit it, as the graph does.
        canvas.setVisibleHeight(() -> scroll.getViewportBounds().getHeight() / zoomed.zoom());
        scroll.viewportBoundsProperty().addListener((o, was, is) -> {
            if (was == null || was.getHeight() != is.getHeight()) {
                // the board's height depends on how much of it the view shows
                canvas.requestLayout();
            }
            autoFit();
        });
        canvas.layoutBoundsProperty().addListener(o -> autoFit());
        side.setFitToWidth(true);
        side.getStyleClass().add("names-inspector-scroll");
        side.setId("names-inspector");
        split.setOrientation(Orientation.HORIZONTAL);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            ObjectCard card = ObjectCard.around(e.getPickResult().getIntersectedNode());
            // A drag pans the board; only a click picks.
            if (card != null && e.isStillSincePress()) {
                toggle(card.objectId());
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ObjectCard card = ObjectCard.around(e.getTarget() instanceof Node n ? n : null);
            if (card != null && e.getCode() == KeyCode.ENTER) {
                toggle(card.objectId());
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && selected != null) {
                select(null);
                e.consume();
            }
        });
        root.setTop(top);
        root.setCenter(split);
        root.getChildren().add(repaintMark.node());
        root.setMinSize(0, 0);
        locale.addListener(o -> render());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        if (trace != shownTrace) {
            shownTrace = trace;
            index = SnapshotIndex.of(trace);
            // Ids belong to one run.
            selected = null;
        }
        shownPosition = position;
        shown = states.stateAt(trace, position);
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** The names at the position shown (a copy). */
    public NamesState state() {
        return shown.copy();
    }

    /** What is drawn now. */
    public Board board() {
        return board;
    }

    /** The arrows drawn now (one per name or slot whose object is drawn). */
    public int arrowCount() {
        return canvas.arrowCount();
    }

    /**
     * Opens the inspector on the object with {@code id} (as clicking its card does); null closes
     * it. The inspector shows the object as the trace describes it at the position shown.
     */
    public void select(Long id) {
        selected = id;
        render();
    }

    /** The object the inspector shows, or null. */
    public Long selected() {
        return selected;
    }

    /** The inspector's text for a row ("id", "type", "value", "dict", "dir", "bases", "mro", "class"), or null. */
    public String inspected(String row) {
        return selected == null ? null : inspector.value(row);
    }

    private void toggle(long id) {
        select(selected != null && selected == id ? null : id);
    }

    /** The least zoom on screen: below it, the type is too small to read in the app. */
    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 3;

    /** The least zoom the automatic fit goes to: below it the type gets hard to read on a desk screen. */
    static final double FIT_FLOOR = 0.6;

    /** True until the user zooms: the board is zoomed out as far as it must be to fit the view's width. */
    private boolean fitting = true;

    /**
     * Zoom factor of the board (Ctrl+scroll changes it), within 30% .. 300%. The user's zoom stays
     * until Ctrl+0 ({@link #fitWidth}) goes back to fitting the width.
     */
    public void zoom(double factor) {
        fitting = false;
        setBoardZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor)));
    }

    /** Full size, or zoomed out (not below {@link #FIT_FLOOR}; in presentation mode not at all) to fit the width. */
    public void fitWidth() {
        fitting = true;
        autoFit();
    }

    private void setBoardZoom(double factor) {
        zoomed.setZoom(factor);
        // the board's height depends on how much of it the view shows
        canvas.requestLayout();
    }

    /** True while the board follows the view's width (no zoom of the user's own). */
    public boolean fittingWidth() {
        return fitting;
    }

    private void autoFit() {
        double view = scroll.getViewportBounds().getWidth();
        double board = canvas.prefWidth(-1);
        if (!fitting || view <= 0 || board <= 0) {
            return;
        }
        boolean presentation = root.getScene() != null
                && root.getScene().getRoot().getStyleClass().contains(MainWindow.PRESENTATION_CLASS);
        double floor = presentation ? 1 : FIT_FLOOR;
        double now = zoomed.zoom();
        boolean overflows = board * now > view + 0.5;
        boolean roomy = now < 1 && board * now < view * (1 - 2 * FIT_HEADROOM);
        boolean belowFloor = now < floor;
        if (overflows || roomy || belowFloor) {
            double target = Math.max(floor, Math.min(1, view / board * (1 - FIT_HEADROOM)));
            if (Math.abs(target - now) > 0.005) {
                setBoardZoom(target);
            }
        }
    }

    /**
     * The room a fitted board leaves at its right: a step that widens the board a little then
     * changes no zoom. A new zoom rescales the whole board, which repaints all of it.
     */
    static final double FIT_HEADROOM = 0.04;

    /**
     * Zooms out as far as a picture of the whole board needs ({@code factor} at most 1). Unlike
     * {@link #zoom}, no 30% floor: an exported board is drawn whole, however small, rather than
     * cut at the picture's edges.
     */
    public void fitZoom(double factor) {
        fitting = false;
        setBoardZoom(Math.max(Double.MIN_NORMAL, Math.min(1, factor)));
    }

    /** The board's zoom factor now. */
    public double zoomFactor() {
        return zoomed.zoom();
    }

    private void render() {
        repaintMark.touchForTwoPulses();
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        board = Board.of(shown, index, shownPosition);
        canvas.show(board, index, shownPosition, words, locale.get());
        status.setText(statusText(words));
        ObjectEvent.ObjectsCompared cmp = board.comparison();
        comparison.setText(cmp == null ? "" : comparisonText(cmp, words));
        comparison.setVisible(cmp != null);
        comparison.setManaged(cmp != null);
        canvas.markSelected(selected);
        if (selected != null) {
            inspector.show(Inspection.of(selected, index, shownPosition), LocalizedMessages.of(GraphView.MESSAGES,
                    locale.get()));
        }
        showInspector(selected != null);
    }

    private void showInspector(boolean on) {
        if (on && !split.getItems().contains(side)) {
            split.getItems().add(side);
            split.setDividerPositions(0.66);
        } else if (!on) {
            split.getItems().remove(side);
        }
    }

    private String statusText(LocalizedMessages words) {
        if (shownTrace.size() == 0) {
            return words.text("names.status.empty");
        }
        if (board.frames().isEmpty()) {
            return words.text("names.status.notYet");
        }
        return words.text("names.status.help");
    }

    private static String comparisonText(ObjectEvent.ObjectsCompared cmp, LocalizedMessages words) {
        boolean same = cmp.left() == cmp.right();
        boolean identity = cmp.operator().startsWith("is");
        String key = identity ? (same ? "names.compare.is.same" : "names.compare.is.different")
                : (same ? "names.compare.eq.same" : "names.compare.eq.different");
        return words.format(key, cmp.operator(), cmp.result() ? "True" : "False", ClassText.hex(cmp.left()),
                ClassText.hex(cmp.right()));
    }
}
