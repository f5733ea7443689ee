package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.RepaintMark;
import org.ouroboros.ui.view.ScrollPanes;

/**
 * The MRO view: the C3 merge of a class animated one trace event at a time (Simionato's
 * notation, the table of lists, the hierarchy graph, the result growing, CPython's error when it
 * fails, the depth-first order in contrast mode) above the super() walk of the latest
 * constructor chain. It renders trace events only; styles come from {@code mro-view.css}.
 *
 * <pre>{@code
 * MroView view = new MroView();
 * view.localeProperty().bind(i18n.localeProperty());
 * view.setSeeker(player::seek);          // lets "Replay this merge" move the player
 * TraceViewBinding.bind(player, view);
 * }</pre>
 */
public final class MroView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.mro.mro";
    /** The selector's value meaning "the latest class at the player's position". */
    public static final int FOLLOW = -1;

    private final CheckpointedFold<PositionedMroState> states = new CheckpointedFold<>(new MroFold());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    private final VBox root = MergePanel.styled(new VBox(), "mro-view");
    private final Label classLabel = MergePanel.styled(new Label(), "mro-selector-label");
    private final ClassSelector selector = MergePanel.styled(new ClassSelector(), "mro-selector");
    private final ToggleButton contrast = MergePanel.styled(new ToggleButton(), "mro-contrast-toggle");
    private final Button replay = MergePanel.styled(new Button(), "mro-replay");
    private final Label step = MergePanel.styled(new Label(), "mro-step");
    private final Label status = MergePanel.styled(new Label(), "mro-status");
    /** Changed whenever a panel lays out, so a pulse that changes only what is scrolled out of sight does not repaint the window. */
    private final RepaintMark repaintMark = new RepaintMark();
    private MergePanel merge = new MergePanel(repaintMark::touch);
    private final ScrollPane mergeScroll;
    private final WalkPanel walkPanel = new WalkPanel(repaintMark::touch);
    private final SplitPane panes;

    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private MroState shown = new MroState();
    private MroState atEnd = new MroState();
    private MergeSession shownSession;
    private SuperWalk shownWalk;
    private IntConsumer seeker;
    private boolean rebuildingChoices;
    /** What the panels last drew: most steps change neither, and rebuilding them is the cost of a step. */
    private List<Object> mergeDrawn = List.of();
    private List<Object> walkDrawn = List.of();
    /** The selector's item names for {@link #atEnd} in {@link #choiceLocale}'s language (null: not yet made). */
    private List<String> choiceNames;
    private Locale choiceLocale;
    private MergeSession nowSession;
    private MergeSnapshot nowSnapshot;
    private MergeSession endSession;
    private MergeSnapshot endSnapshot;

    public MroView() {
        root.getStylesheets().add(Objects.requireNonNull(MroView.class.getResource("mro-view.css")).toExternalForm());
        selector.setConverter(new ChoiceNames());
        selector.setItems(FXCollections.observableArrayList(FOLLOW));
        selector.setValue(FOLLOW);
        selector.setFocusTraversable(false);
        // The header's font follows zoom and presentation mode: the selector's names are measured again.
        classLabel.fontProperty().addListener(observable -> selector.remeasure());
        selector.valueProperty().addListener((obs, old, value) -> {
            if (!rebuildingChoices) {
                render();
            }
        });
        contrast.setId("mro-contrast-toggle");
        contrast.setFocusTraversable(false);
        contrast.selectedProperty().addListener(observable -> render());
        replay.setFocusTraversable(false);
        replay.setOnAction(e -> {
            if (seeker != null && shownSession != null) {
                seeker.accept(shownSession.position());
            }
        });
        walkPanel.setOnReplay(() -> {
            if (seeker != null && shownWalk != null) {
                seeker.accept(shownWalk.position());
            }
        });
        // Wraps instead of cutting words short when presentation type makes it wider than the view.
        FlowPane header = MergePanel.styled(new FlowPane(classLabel, selector, contrast, replay, step), "mro-header");
        mergeScroll = MergePanel.styled(new ScrollPane(merge), "mro-scroll");
        mergeScroll.setFitToWidth(true);
        ScrollPane walkScroll = MergePanel.styled(new ScrollPane(walkPanel), "mro-scroll");
        walkScroll.setFitToWidth(true);
        ScrollPanes.paintChangesOnly(mergeScroll);
        ScrollPanes.paintChangesOnly(walkScroll);
        panes = MergePanel.styled(new SplitPane(mergeScroll, walkScroll), "mro-panes");
        panes.setOrientation(Orientation.VERTICAL);
        panes.setDividerPositions(0.68);
        // The panes take whatever height the view has left (vgrow): a fixed preferred height spares
        // every layout pass from measuring both panels' whole content just to size the split pane.
        panes.setPrefHeight(0);
        panes.setMinHeight(0);
        VBox.setVgrow(panes, Priority.ALWAYS);
        status.setWrapText(true);
        root.setMinSize(0, 0);
        root.getChildren().addAll(header, status, panes, repaintMark.node());
        locale.addListener(observable -> {
            selector.setConverter(new ChoiceNames());
            render();
        });
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
            atEnd = trace.size() == 0 ? new MroState() : states.stateAt(trace, trace.size() - 1).state();
            rebuildChoices();
        }
        shownPosition = position;
        shown = states.stateAt(trace, position).state();
        render();
    }

    /** Lets the view move the player (to replay a merge or a walk from its first event). */
    public void setSeeker(IntConsumer seeker) {
        this.seeker = seeker;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** Shows the merge of the {@code ordinal}-th class linearized, or {@link #FOLLOW} the latest. */
    public void select(int ordinal) {
        selector.setValue(ordinal);
    }

    /** Selects the last class named {@code cls} in the trace; false when there is none. */
    public boolean selectClass(String cls) {
        List<MergeSession> all = atEnd.sessions();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).cls().equals(cls)) {
                select(all.get(i).ordinal());
                return true;
            }
        }
        return false;
    }

    public void setContrast(boolean on) {
        contrast.setSelected(on);
    }

    /** The state last shown (the view no longer touches it). */
    public MroState state() {
        return shown.copy();
    }

    /** The merge on screen at this step, or null when none is. */
    public MergeSnapshot snapshot() {
        return shownSession == null ? null : snapshotOf(shownSession);
    }

    /** The super() walk on screen at this step, or null. */
    public SuperWalk walk() {
        return shownWalk;
    }

    private void rebuildChoices() {
        choiceNames = null;
        rebuildingChoices = true;
        try {
            List<Integer> items = new ArrayList<>();
            items.add(FOLLOW);
            atEnd.sessions().forEach(s -> items.add(s.ordinal()));
            selector.getItems().setAll(items);
            selector.setValue(FOLLOW);
        } finally {
            rebuildingChoices = false;
        }
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        classLabel.setText(words.text("mro.class"));
        contrast.setText(words.text("mro.contrast"));
        replay.setText(words.text("mro.replay"));
        int selected = selector.getValue() == null ? FOLLOW : selector.getValue();
        shownSession = sessionFor(selected);
        shownWalk = walkFor(shownSession, selected);
        String message = statusText(selected, words);
        status.setText(message == null ? "" : message);
        MergePanel.reveal(status, message != null);
        if (shownSession == null && !mergeDrawn.isEmpty()) {
            // No merge at this step (before the first class): an empty panel, as a view opened here has.
            merge = new MergePanel(repaintMark::touch);
            mergeScroll.setContent(merge);
            mergeDrawn = List.of();
        }
        MergePanel.reveal(merge, shownSession != null);
        replay.setDisable(shownSession == null || seeker == null);
        if (shownSession != null) {
            MergeSession whole = wholeSession(shownSession);
            MergeSnapshot now = snapshotOf(shownSession);
            MergeSnapshot end = endSnapshot(whole);
            List<Object> mergeKey = Arrays.asList(shownSession, whole, contrast.isSelected(), locale.get());
            if (!mergeKey.equals(mergeDrawn)) {
                merge.show(now, whole, end, contrast.isSelected(), words);
                mergeDrawn = mergeKey;
            }
            step.setText(words.format("mro.step", String.valueOf(now.step()), String.valueOf(end.step()),
                    shownSession.cls()));
        } else {
            step.setText("");
        }
        List<Object> walkKey = Arrays.asList(shownWalk, seeker != null, locale.get());
        if (!walkKey.equals(walkDrawn)) {
            walkPanel.show(shownWalk, seeker != null, words);
            walkDrawn = walkKey;
        }
        MergePanel.reveal(panes, shownTrace.size() > 0);
    }

    /** The snapshot of the merge on screen, made again only when the merge moved (most steps are not merge steps). */
    private MergeSnapshot snapshotOf(MergeSession session) {
        if (session != nowSession) {
            nowSession = session;
            nowSnapshot = MergeSnapshot.of(session);
        }
        return nowSnapshot;
    }

    /** The snapshot of a merge at the end of the trace, kept while that merge is on screen (it does not change). */
    private MergeSnapshot endSnapshot(MergeSession whole) {
        if (whole != endSession) {
            endSession = whole;
            endSnapshot = MergeSnapshot.of(whole);
        }
        return endSnapshot;
    }

    private String statusText(int selected, LocalizedMessages words) {
        if (shownTrace.size() == 0) {
            return words.text("mro.empty");
        }
        if (shownSession != null) {
            return null;
        }
        if (selected != FOLLOW) {
            return words.format("mro.notYet", choiceName(selected, words));
        }
        return words.text(shownPosition < 0 ? "mro.notStarted" : "mro.noClass");
    }

    private MergeSession sessionFor(int selected) {
        if (selected != FOLLOW) {
            return shown.session(selected);
        }
        MergeSession latest = shown.session(shown.sessionCount() - 1);
        List<SuperWalk> walks = shown.walks();
        SuperWalk walk = walks.isEmpty() ? null : walks.get(walks.size() - 1);
        if (latest == null || walk == null || walk.position() < latest.position()) {
            return latest;
        }
        // A super() walk that began after the latest class statement is what the program is doing:
        // its chain moves along type(self).__mro__, so show the merge that made that MRO.
        for (int i = shown.sessionCount() - 1; i >= 0; i--) {
            MergeSession s = shown.session(i);
            if (s.cls().equals(walk.selfType()) && s.position() < walk.position()) {
                return s;
            }
        }
        return latest;
    }

    /** The latest walk at this step; with a class chosen, the latest walk of an instance of it. */
    private SuperWalk walkFor(MergeSession session, int selected) {
        List<SuperWalk> walks = shown.walks();
        for (int i = walks.size() - 1; i >= 0; i--) {
            SuperWalk w = walks.get(i);
            if (selected == FOLLOW || (session != null && w.selfType().equals(session.cls()))) {
                return w;
            }
        }
        return null;
    }

    /** The same merge at the end of the trace. */
    private MergeSession wholeSession(MergeSession session) {
        MergeSession whole = atEnd.session(session.ordinal());
        return whole != null ? whole : session;
    }

    private String choiceName(int ordinal, LocalizedMessages words) {
        if (ordinal == FOLLOW) {
            return words.text("mro.follow");
        }
        if (choiceNames == null || !Objects.equals(locale.get(), choiceLocale)) {
            choiceNames = choiceNames(words);
            choiceLocale = locale.get();
        }
        return ordinal < choiceNames.size() ? choiceNames.get(ordinal) : "?";
    }

    /**
     * Every class's name in the selector, once per trace and language: the selector measures all
     * its items, and a hierarchy has hundreds. Two classes of one name are numbered.
     */
    private List<String> choiceNames(LocalizedMessages words) {
        List<MergeSession> all = atEnd.sessions();
        Map<String, Integer> sameName = new HashMap<>();
        all.forEach(s -> sameName.merge(s.cls(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>(all.size());
        for (MergeSession s : all) {
            int nth = seen.merge(s.cls(), 1, Integer::sum);
            String name = sameName.get(s.cls()) > 1 ? s.cls() + " (" + nth + ")" : s.cls();
            boolean failed = s.events().stream().anyMatch(e -> e instanceof MroEvent.MergeFailed);
            names.add(failed ? words.format("mro.choice.failed", name) : name);
        }
        return names;
    }

    /** Names the selector's items in the current language. */
    private final class ChoiceNames extends StringConverter<Integer> {
        @Override
        public String toString(Integer ordinal) {
            return ordinal == null ? "" : choiceName(ordinal, LocalizedMessages.of(MESSAGES, locale.get()));
        }

        @Override
        public Integer fromString(String text) {
            return FOLLOW;
        }
    }
}
