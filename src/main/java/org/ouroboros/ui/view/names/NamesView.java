package org.ouroboros.ui.view.names;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * Names and objects, the seed's sticky notes (便利贴): each frame's names on the left as notes,
 * the objects they are stuck on to the right, an arrow per name. {@code b = a} adds a second
 * note and a second arrow to the same object; {@code b.append(3)} changes that one object;
 * the latest {@code is} / {@code ==} comparison marks its two operands.
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
    private final Label comparison = new Label();
    private final NamesCanvas canvas = new NamesCanvas();
    private final ZoomFrame zoomed = new ZoomFrame(canvas);
    private final ScrollPane scroll = new ScrollPane(zoomed);

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private SnapshotIndex index = SnapshotIndex.of(shownTrace);
    private NamesState shown = new NamesFold().initial();
    private Board board = Board.of(shown, index, -1);

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
        scroll.getStyleClass().add("names-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoom(zoomed.zoom() * Math.pow(1.1, e.getDeltaY() / 40));
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DIGIT0 && e.isShortcutDown()) {
                zoom(1);
            }
        });
        root.setTop(top);
        root.setCenter(scroll);
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

    /** Zoom factor of the board (Ctrl+scroll changes it, Ctrl+0 resets it to 1). */
    public void zoom(double factor) {
        double s = Math.max(0.3, Math.min(3, factor));
        zoomed.setZoom(s);
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        board = Board.of(shown, index, shownPosition);
        canvas.show(board, index, shownPosition, words, locale.get());
        status.setText(statusText(words));
        ObjectEvent.ObjectsCompared cmp = board.comparison();
        comparison.setText(cmp == null ? "" : comparisonText(cmp, words));
        comparison.setVisible(cmp != null);
        comparison.setManaged(cmp != null);
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
