package org.ouroboros.ui.view.creation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.StepHeader;
import org.ouroboros.ui.view.ZoomPan;

/**
 * The object-creation view: the sequence diagram of the creation at the player's position —
 * {@code C(...)} through the metaclass's {@code __call__}, {@code __new__}, then {@code __init__}
 * (or the skip when {@code __new__} returns something else); a class statement through metaclass
 * resolution, {@code __prepare__}, the body, the metaclass call, {@code type.__new__},
 * {@code __set_name__} and {@code __init_subclass__}. It renders the fine trace's CreationEvents.
 *
 * <pre>{@code
 * CreationView view = new CreationView();
 * view.localeProperty().bind(i18n.localeProperty());
 * view.setSeeker(player::seek);
 * TraceViewBinding.bind(player, view);
 * }</pre>
 */
public final class CreationView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.creation.messages";

    private final CheckpointedFold<CreationFold.Positioned> states = new CheckpointedFold<>(new CreationFold());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Label status = new Label();
    private final SequenceDiagram diagram = new SequenceDiagram();
    private final ZoomPan zoom = new ZoomPan(diagram);
    private final StepHeader header = new StepHeader("creation", zoom);

    private Trace shownTrace = new Trace(List.of());
    private CreationState shown = new CreationState();
    private List<Diagram> all = List.of();
    private IntConsumer seeker;
    /** What the diagram shows: diagrams are immutable, so an unchanged one is the same object. */
    private Diagram drawn;
    private Locale drawnLocale;

    public CreationView() {
        root.getStyleClass().add("creation-view");
        root.getStylesheets().add(Objects.requireNonNull(CreationView.class.getResource("creation-view.css"))
                .toExternalForm());
        title.setId("creation-title");
        status.setId("creation-status");
        title.getStyleClass().add("creation-title");
        status.getStyleClass().add("creation-status");
        header.setOnStep(this::seekDiagram);
        status.setWrapText(true);
        VBox.setVgrow(zoom.node(), Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(header.node(), status, title, zoom.node());
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
            all = CreationState.allDiagrams(trace.events());
        }
        shown = states.stateAt(trace, position).state();
        render();
    }

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

    /** The diagram on screen (as far as the player has got), or null. */
    public Diagram currentDiagram() {
        return shown.current();
    }

    /** Every diagram of the whole trace. */
    public List<Diagram> allDiagrams() {
        return all;
    }

    /** The drawing (for tests: its heads and lifelines). */
    SequenceDiagram sequenceDiagram() {
        return diagram;
    }

    /** The message texts on screen, top to bottom. */
    public List<String> messageTexts() {
        return diagram.messageLabels().stream().map(Label::getText).toList();
    }

    private void seekDiagram(int direction) {
        Diagram at = shown.current();
        int target = StepHeader.target(at == null ? -1 : at.ordinal(), direction, all.size());
        if (seeker != null && target >= 0) {
            seeker.accept(all.get(target).startPosition());
        }
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        Diagram d = shown.current();
        header.show(words, d == null ? -1 : d.ordinal(), all.size(), seeker != null);
        String message = null;
        if (shownTrace.size() == 0) {
            message = words.text("status.empty");
        } else if (all.isEmpty()) {
            message = words.text("status.none");
        } else if (d == null) {
            message = words.text("status.notStarted");
        }
        status.setText(message == null ? "" : message);
        status.setVisible(message != null);
        status.setManaged(message != null);
        if (d == null) {
            title.setText("");
        } else {
            String name = words.format(d.titleKey(), d.titleArgs().toArray());
            title.setText(d.line() > 0 ? words.format("title.withLine", name, String.valueOf(d.line())) : name);
        }
        if (d != drawn || !locale.get().equals(drawnLocale)) {
            diagram.show(d, words, locale.get());
            drawn = d;
            drawnLocale = locale.get();
        }
    }
}
