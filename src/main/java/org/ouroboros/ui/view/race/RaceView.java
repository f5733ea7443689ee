package org.ouroboros.ui.view.race;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.gil.GilView;
import org.ouroboros.ui.view.gil.SchedControls;
import org.ouroboros.ui.view.gil.ThreadExamples;

/**
 * The race at bytecode level: the two racing threads' {@code dis} listings side by side, the
 * interleaving stepped one bytecode at a time with every check point (◆) and switch (⇄) marked,
 * each lost update highlighted at the store that loses it (✗), and the final total against the
 * total with no update lost. The explanation follows the modelled CPython version and the shape
 * of the update (plain {@code +=}, with a call, under a lock). Needs a FINE trace.
 */
public final class RaceView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.race.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final SchedControls controls = new SchedControls(
            EnumSet.of(SchedControls.Knob.CPYTHON, SchedControls.Knob.SEED, SchedControls.Knob.SWITCH_INTERVAL));
    private final ComboBox<ThreadExamples> examples = new ComboBox<>();
    private final Button previousLost = new Button();
    private final Button nextLost = new Button();
    private final Button nextSwitch = new Button();
    private final Label explanation = new Label();
    private final Label status = new Label();
    private final ListingPanel left = new ListingPanel();
    private final ListingPanel right = new ListingPanel();
    private final StepLog log = new StepLog();
    private final Label callout = new Label();
    private final Label totals = new Label();
    private final Label note = new Label();
    private final HBox columns;

    private Trace shownTrace;
    private RaceIndex index = RaceIndex.of(new Trace(List.of()));
    private RaceMoment moment = index.at(-1);
    private int shownPosition = -1;
    private Consumer<String> exampleLoader;
    private IntConsumer seeker;

    public RaceView() {
        root.getStyleClass().addAll("thread-view", "race-view");
        root.getStylesheets().addAll(GilView.STYLESHEET,
                Objects.requireNonNull(RaceView.class.getResource("race-view.css")).toExternalForm());
        root.setMinSize(0, 0);
        examples.setId("race-examples");
        examples.getItems().setAll(ThreadExamples.RACE);
        examples.setOnAction(e -> {
            if (examples.getValue() != null && exampleLoader != null) {
                exampleLoader.accept(examples.getValue().source());
            }
        });
        previousLost.setId("race-previous-lost");
        nextLost.setId("race-next-lost");
        nextSwitch.setId("race-next-switch");
        previousLost.setOnAction(e -> seek(index.previousLost(shownPosition)));
        nextLost.setOnAction(e -> seek(index.nextLost(shownPosition)));
        nextSwitch.setOnAction(e -> seek(index.nextSwitch(shownPosition)));
        FlowPane header = new FlowPane(controls, examples, new HBox(previousLost, nextLost, nextSwitch));
        header.getStyleClass().add("thread-view-header");
        header.setAlignment(Pos.CENTER_LEFT);
        explanation.getStyleClass().add("race-explanation");
        explanation.setWrapText(true);
        status.getStyleClass().add("thread-view-status");
        status.setWrapText(true);
        callout.getStyleClass().add("race-callout");
        callout.setWrapText(true);
        totals.getStyleClass().add("race-totals");
        totals.setWrapText(true);
        note.getStyleClass().add("race-note");
        note.setWrapText(true);
        HBox.setHgrow(log, Priority.ALWAYS);
        columns = new HBox(left, right, log);
        columns.getStyleClass().add("race-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lane-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, explanation, status, callout, scroll, totals, note);
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
            index = RaceIndex.of(trace);
        }
        shownPosition = position;
        moment = index.at(position);
        render();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    public ObjectProperty<SchedConfig> settingsProperty() {
        return controls.settingsProperty();
    }

    public void setExampleLoader(Consumer<String> loader) {
        exampleLoader = loader;
    }

    public void setSeeker(IntConsumer value) {
        seeker = value;
    }

    public RaceIndex index() {
        return index;
    }

    public RaceMoment moment() {
        return moment;
    }

    public List<ListingPanel> listings() {
        return List.of(left, right);
    }

    public StepLog log() {
        return log;
    }

    public Label callout() {
        return callout;
    }

    public Label totals() {
        return totals;
    }

    private void seek(int position) {
        if (position >= 0 && seeker != null) {
            seeker.accept(position);
        }
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        LocalizedMessages shared = LocalizedMessages.of(GilView.MESSAGES, locale.get());
        controls.setLocale(locale.get(), GilView.MESSAGES);
        examples.setPromptText(shared.text("example.prompt"));
        examples.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ThreadExamples e) {
                return e == null ? "" : shared.text(e.key());
            }

            @Override
            public ThreadExamples fromString(String s) {
                return null;
            }
        });
        previousLost.setText(words.text("race.previousLost"));
        nextLost.setText(words.text("race.nextLost"));
        nextSwitch.setText(words.text("race.nextSwitch"));
        previousLost.setDisable(index.previousLost(shownPosition) < 0 || seeker == null);
        nextLost.setDisable(index.nextLost(shownPosition) < 0 || seeker == null);
        nextSwitch.setDisable(index.nextSwitch(shownPosition) < 0 || seeker == null);
        note.setText(words.text("race.note.iterations") + (index.truncated() ? " " + words.text("race.note.truncated") : ""));
        explanation.setText(explanationText(words));
        boolean ready = !index.isEmpty() && index.variable() != null && index.threads().size() == 2;
        status.setText(shownTrace == null || shownTrace.size() == 0 ? words.text("race.empty")
                : index.isEmpty() ? words.text("race.noSteps") : !ready ? words.text("race.noRace") : "");
        reveal(status, !status.getText().isEmpty());
        reveal(columns, ready);
        reveal(totals, ready);
        if (!ready) {
            reveal(callout, false);
            return;
        }
        String variable = index.variable();
        Step current = moment.current();
        for (int i = 0; i < 2; i++) {
            int thread = index.threads().get(i);
            ListingPanel panel = i == 0 ? left : right;
            Integer pending = moment.pendingLoad().get(thread);
            panel.show(index.threadName(thread), index.listing(thread), moment.lastStep().get(thread),
                    current != null && current.thread() == thread, pending == null ? -1 : pending,
                    Boolean.TRUE.equals(moment.staleLoad().get(thread)), variable, words);
        }
        log.show(index, moment, words);
        StoreRecord lost = moment.lastLost();
        reveal(callout, lost != null);
        callout.getStyleClass().remove("race-callout-now");
        if (lost != null) {
            if (moment.atLostUpdate()) {
                callout.getStyleClass().add("race-callout-now");
            }
            String other = index.threads().stream().filter(t -> t != lost.thread()).findFirst()
                    .map(index::threadName).orElse("?");
            callout.setText(words.format(moment.atLostUpdate() ? "race.lost.now" : "race.lost.latest",
                    index.threadName(lost.thread()), variable, String.valueOf(lost.loadPosition()),
                    String.valueOf(lost.position()), other, String.valueOf(lost.overwritten())));
        }
        String finalText = shownPosition >= lastPosition() ? index.finalOutput() : "\u2026";
        totals.setText(words.format("race.totals", variable, String.valueOf(moment.lostUpdates()),
                String.valueOf(moment.overwrittenStores()), String.valueOf(moment.switches()), finalText,
                String.valueOf(index.expectedTotal())));
    }

    private int lastPosition() {
        return shownTrace == null ? 0 : shownTrace.size() - 1;
    }

    private String explanationText(LocalizedMessages words) {
        String version = index.cpython() == null ? controls.settingsProperty().get().cpython().label() : index.cpython();
        String base = words.text("3.9".equals(version) ? "race.explain.39" : "race.explain.311");
        String variant = switch (index.variant()) {
            case PLAIN -> words.text("3.9".equals(version) ? "race.variant.plain39" : "race.variant.plain311");
            case CALL -> words.text("race.variant.call");
            case LOCKED -> words.text("race.variant.locked");
        };
        return base + " " + variant;
    }

    private static void reveal(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
