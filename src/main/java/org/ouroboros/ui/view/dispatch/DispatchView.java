package org.ouroboros.ui.view.dispatch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.view.ZoomPan;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;

/**
 * The dispatch and attribute-lookup view: for the lookup or special-method dispatch at the
 * player's position, the path the VM took, as a highlighted walk over the MRO's classes and
 * their dicts ({@code for i in a}: no {@code __iter__}, so {@code __getitem__(0)}, {@code (1)},
 * … until IndexError; {@code print(a)}: {@code __str__} then {@code __repr__}; {@code obj.attr}:
 * data descriptor on the type, instance {@code __dict__}, class attribute, {@code __getattr__}).
 * It renders the fine trace's Lookup/Dispatch events only.
 *
 * <pre>{@code
 * DispatchView view = new DispatchView();
 * view.localeProperty().bind(i18n.localeProperty());
 * view.setSeeker(player::seek);      // "previous/next walk" move the player
 * TraceViewBinding.bind(player, view);
 * }</pre>
 */
public final class DispatchView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.dispatch.messages";

    private final CheckpointedFold<DispatchFold.Positioned> states = new CheckpointedFold<>(new DispatchFold());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    private final VBox root = new VBox();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button zoomOut = new Button("−");
    private final Button zoomIn = new Button("+");
    private final Label count = new Label();
    private final Label status = new Label();
    private final WalkDrawing drawing = new WalkDrawing();
    private final ZoomPan zoom = new ZoomPan(drawing);

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private DispatchState shown = new DispatchState();
    private List<Walk> allWalks = List.of();
    private IntConsumer seeker;
    /** What the drawing shows: walks are immutable, so an unchanged walk is the same object. */
    private Walk drawn;
    private Locale drawnLocale;

    public DispatchView() {
        root.getStyleClass().add("dispatch-view");
        root.getStylesheets().add(Objects.requireNonNull(DispatchView.class.getResource("dispatch-view.css"))
                .toExternalForm());
        previous.setId("dispatch-previous");
        next.setId("dispatch-next");
        count.setId("dispatch-count");
        status.setId("dispatch-status");
        status.getStyleClass().add("dispatch-status");
        count.getStyleClass().add("dispatch-count");
        for (Button b : List.of(previous, next, zoomOut, zoomIn)) {
            b.setFocusTraversable(false);
        }
        previous.setOnAction(e -> seekWalk(-1));
        next.setOnAction(e -> seekWalk(+1));
        zoomIn.setOnAction(e -> zoom.zoomIn());
        zoomOut.setOnAction(e -> zoom.zoomOut());
        FlowPane header = new FlowPane(previous, next, count, zoomOut, zoomIn);
        header.getStyleClass().add("dispatch-header");
        status.setWrapText(true);
        VBox.setVgrow(zoom.node(), Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(header, status, zoom.node());
        locale.addListener(observable -> render());
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
            allWalks = DispatchState.allWalks(trace.events());
        }
        shownPosition = position;
        shown = states.stateAt(trace, position).state();
        render();
    }

    /** Lets the view move the player (previous/next walk). */
    public void setSeeker(IntConsumer seeker) {
        this.seeker = seeker;
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    public ZoomPan zoom() {
        return zoom;
    }

    /** The walk on screen, or null. */
    public Walk currentWalk() {
        return shown.current();
    }

    /** Every walk of the whole trace, complete (for navigation and tests). */
    public List<Walk> allWalks() {
        return allWalks;
    }

    private void seekWalk(int direction) {
        Walk at = shown.current();
        if (seeker == null || allWalks.isEmpty()) {
            return;
        }
        int target;
        if (at == null) {
            target = direction > 0 ? 0 : -1;
        } else {
            target = at.ordinal() + direction;
        }
        if (target >= 0 && target < allWalks.size()) {
            seeker.accept(allWalks.get(target).startPosition());
        }
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        previous.setText(words.text("nav.previous"));
        next.setText(words.text("nav.next"));
        Walk walk = shown.current();
        int ordinal = walk == null ? -1 : walk.ordinal();
        previous.setDisable(seeker == null || ordinal <= 0);
        next.setDisable(seeker == null || ordinal + 1 >= allWalks.size());
        count.setText(walk == null ? "" : words.format("nav.count", String.valueOf(ordinal + 1),
                String.valueOf(allWalks.size())));
        String message = null;
        if (shownTrace.size() == 0) {
            message = words.text("status.empty");
        } else if (allWalks.isEmpty()) {
            message = words.text("status.none");
        } else if (walk == null) {
            message = words.text("status.notStarted");
        }
        status.setText(message == null ? "" : message);
        status.setVisible(message != null);
        status.setManaged(message != null);
        if (walk != drawn || !locale.get().equals(drawnLocale)) {
            drawing.show(walk, words);
            drawn = walk;
            drawnLocale = locale.get();
        }
    }
}
