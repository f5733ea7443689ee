package org.ouroboros.ui.view.gen;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.view.ZoomPan;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;

/**
 * Generators and coroutines as suspended frames: one card per frame with its status and line
 * (the instruction pointer), chains of {@code yield from}/{@code await} drawn left to right
 * from the caller or task to the innermost frame and the future it waits for, and a lane of the
 * values travelling with next/send/throw, yield and StopIteration. Styles in {@code gen-view.css}.
 *
 * <pre>{@code
 * GenView view = new GenView();
 * view.localeProperty().bind(i18n.localeProperty());
 * view.setSource(programText);       // optional: shows the code line each frame stands on
 * TraceViewBinding.bind(player, view);
 * }</pre>
 */
public final class GenView implements TraceView {
    public static final String MESSAGES = "org.ouroboros.ui.view.gen.gen";
    /** Chains drawn; the latest ones when a program made more. */
    static final int MAX_CHAINS = 14;

    private final CheckpointedFold<GenState> states = new CheckpointedFold<>(new GenFold(), 500);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final VBox root = new VBox();
    private final Label note = FrameCard.label("", "gen-note");
    private final Label chainsTitle = FrameCard.label("", "gen-section-title");
    private final VBox chains = new VBox();
    private final ZoomPan zoomPan;
    private final MessageLane lane = new MessageLane();
    private List<String> sourceLines = List.of();
    private String sourceFile = "";
    private Trace shownTrace = new Trace(List.of());
    private int shownPosition = -1;
    private GenState shown = new GenState();

    public GenView() {
        root.getStyleClass().add("gen-view");
        root.getStylesheets().add(Objects.requireNonNull(GenView.class.getResource("gen-view.css")).toExternalForm());
        chains.getStyleClass().add("gen-chains");
        zoomPan = new ZoomPan(chains);
        note.setWrapText(true);
        // Wraps to the view's width: unlike the cards' labels, it may be narrower than its one line.
        note.setMinWidth(0);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox top = new VBox(chainsTitle, zoomPan.node());
        VBox.setVgrow(zoomPan.node(), Priority.ALWAYS);
        SplitPane panes = new SplitPane(top, lane.node());
        panes.getStyleClass().add("gen-panes");
        panes.setOrientation(Orientation.VERTICAL);
        panes.setDividerPositions(0.62);
        VBox.setVgrow(panes, Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(note, panes);
        locale.addListener(observable -> render(false));
        render(false);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        boolean oneStep = trace == shownTrace && position == shownPosition + 1;
        shownTrace = trace;
        shownPosition = position;
        shown = states.stateAt(trace, position);
        render(oneStep);
    }

    /** The program's text and file name, so each card of that file's code can show the line its frame stands on. */
    public void setSource(String source, String filename) {
        sourceLines = source == null ? List.of() : List.of(source.split("\n", -1));
        sourceFile = filename == null ? "" : filename;
        render(false);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    public ZoomPan zoomPan() {
        return zoomPan;
    }

    /** The state on screen (a copy). */
    public GenState state() {
        return shown.copy();
    }

    private void render(boolean animate) {
        LocalizedMessages words = LocalizedMessages.of(MESSAGES, locale.get());
        chainsTitle.setText(words.text("gen.chains.title"));
        note.setText(noteText(words));
        note.getStyleClass().remove("gen-note-stale");
        if (!shown.noteIsFresh()) {
            note.getStyleClass().add("gen-note-stale");
        }
        chains.getChildren().clear();
        List<List<GenFrame>> all = shown.chains();
        if (all.isEmpty()) {
            chains.getChildren().add(FrameCard.label(words.text("gen.chains.empty"), "gen-lane-empty"));
        }
        int from = Math.max(0, all.size() - MAX_CHAINS);
        if (from > 0) {
            chains.getChildren().add(FrameCard.label(words.format("gen.chains.more", String.valueOf(from)), "gen-lane-empty"));
        }
        for (List<GenFrame> chain : all.subList(from, all.size())) {
            chains.getChildren().add(chainRow(chain, words));
        }
        lane.show(shown.messages(), shownPosition, words, animate);
    }

    private HBox chainRow(List<GenFrame> chain, LocalizedMessages words) {
        HBox row = new HBox();
        row.getStyleClass().add("gen-chain");
        GenFrame outer = chain.get(0);
        String origin = !outer.task().isEmpty() ? outer.task() : outer.resumedBy();
        if (!origin.isEmpty()) {
            VBox box = new VBox(FrameCard.label(origin, "gen-origin-title"),
                    FrameCard.label(words.text(!outer.task().isEmpty() ? "gen.origin.task" : "gen.origin.caller"),
                            "gen-card-kind"));
            box.getStyleClass().add("gen-origin");
            row.getChildren().addAll(box, link(words.text("gen.link.drives"), "gen-link-drives"));
        }
        for (int i = 0; i < chain.size(); i++) {
            GenFrame f = chain.get(i);
            row.getChildren().add(FrameCard.of(f, words, this::codeAt));
            boolean last = i == chain.size() - 1;
            if (f.status() == GenStatus.DELEGATING && (!last || !f.delegateDescription().isEmpty())) {
                row.getChildren().add(link("\u21c4 " + f.delegateHow(), "gen-link-delegates"));
                if (last) {
                    VBox target = new VBox(FrameCard.label(f.delegateDescription(), "gen-origin-title"),
                            FrameCard.label(words.text("gen.target.iterator"), "gen-card-kind"));
                    target.getStyleClass().add("gen-target");
                    row.getChildren().add(target);
                }
            }
        }
        // The task knows which future its coroutine chain waits for: it closes the chain on the right.
        if (!outer.awaitedFuture().isEmpty()) {
            row.getChildren().add(link("\u21e2 " + words.text("gen.link.waits"), "gen-link-waits"));
            VBox future = new VBox(FrameCard.label(outer.awaitedFuture(), "gen-origin-title"),
                    FrameCard.label(words.text("gen.target.future"), "gen-card-kind"));
            future.getStyleClass().add("gen-future");
            row.getChildren().add(future);
        }
        return row;
    }

    private static Label link(String text, String styleClass) {
        Label l = FrameCard.label(text, "gen-link");
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** The source line the frame stands on, when it is code of the shown program (not library code). */
    private String codeAt(GenFrame f) {
        int line = f.line();
        return f.filename().equals(sourceFile) && line >= 1 && line <= sourceLines.size() ? sourceLines.get(line - 1) : null;
    }

    private String noteText(LocalizedMessages words) {
        if (shownTrace.size() == 0) {
            return words.text("gen.empty");
        }
        GenNote n = shown.note();
        if (n == null) {
            return words.text(shownPosition < 0 ? "gen.notStarted" : "gen.noGenerator");
        }
        return words.format(n.key(), n.args().toArray());
    }
}
