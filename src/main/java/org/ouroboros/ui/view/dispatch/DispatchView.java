package org.ouroboros.ui.view.dispatch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.view.StepHeader;
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
    private final Label status = new Label();
    private final WalkDrawing drawing = new WalkDrawing();
    private final ZoomPan zoom = new ZoomPan(drawing);
    private final StepHeader header = new StepHeader("dispatch", zoom);
    private final ExpressionPicker picker = new ExpressionPicker();

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private DispatchState shown = new DispatchState();
    private List<Walk> allWalks = List.of();
    /** The program the trace ran, for the picker's line texts ("" when not given). */
    private String source = "";
    private List<WalkChoice> choices = List.of();
    /** The language the picker's list was filled in; null: fill it again (new trace or program). */
    private Locale choicesLocale;
    private IntConsumer seeker;
    /** What the drawing shows: walks are immutable, so an unchanged walk is the same object. */
    private Walk drawn;
    private Locale drawnLocale;
    private String drawnCode = "";

    public DispatchView() {
        root.getStyleClass().add("dispatch-view");
        root.getStylesheets().add(Objects.requireNonNull(DispatchView.class.getResource("dispatch-view.css"))
                .toExternalForm());
        status.setId("dispatch-status");
        status.getStyleClass().add("dispatch-status");
        header.setOnStep(this::seekWalk);
        header.add(picker.nodes().toArray(Node[]::new));
        picker.setOnChoose(choice -> {
            if (seeker != null) {
                seeker.accept(choice.first().startPosition());
            }
        });
        status.setWrapText(true);
        VBox.setVgrow(zoom.node(), Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(header.node(), status, zoom.node());
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
            choicesLocale = null;
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

    /**
     * The program's text, so the picker can show each line ("line 7: for i in a"); the trace
     * itself has line numbers only. Set it with the trace it ran into (or leave it empty).
     */
    public void setSource(String text) {
        String value = text == null ? "" : text;
        if (!value.equals(source)) {
            source = value;
            choicesLocale = null;
            render();
        }
    }

    /** The editor's caret line (1-based; 0: none): the picker's "caret's line" button shows its walks. */
    public IntegerProperty caretLineProperty() {
        return picker.caretLineProperty();
    }

    /** The picker's entries, in the list's order. */
    public List<WalkChoice> choices() {
        return choices;
    }

    /** Chooses an entry as the user does from the list: the player moves to its (first) walk. */
    public void choose(WalkChoice choice) {
        picker.combo().setValue(choice);
    }

    /** The picker entry's text as the list shows it. */
    public String choiceText(WalkChoice choice) {
        return picker.text(choice);
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
        int target = StepHeader.target(at == null ? -1 : at.ordinal(), direction, allWalks.size());
        if (seeker != null && target >= 0) {
            seeker.accept(allWalks.get(target).startPosition());
        }
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        Walk walk = shown.current();
        if (!locale.get().equals(choicesLocale)) {
            choices = WalkChoices.of(allWalks, source);
            choicesLocale = locale.get();
            picker.setChoices(choices, words);
        }
        picker.select(walk);
        header.show(words, walk == null ? -1 : walk.ordinal(), allWalks.size(), seeker != null);
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
        WalkChoice line = walk == null ? null : WalkChoices.line(choices, walk.line());
        String code = line == null ? "" : line.source();
        if (walk != drawn || !locale.get().equals(drawnLocale) || !code.equals(drawnCode)) {
            drawing.show(walk, code, words);
            drawn = walk;
            drawnLocale = locale.get();
            drawnCode = code;
        }
    }
}
