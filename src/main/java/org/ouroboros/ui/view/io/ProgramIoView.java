package org.ouroboros.ui.view.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.lab.IoModel;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.view.ZoomPan;

/**
 * The I/O models view for one program's trace (what {@code ouroboros export --view io FILE.py}
 * renders): which model the program's socket I/O follows, a bar per thread for the time it was
 * blocked in socket calls and one for the time spent in {@code select}, its sockets, and its
 * last select calls and blocking waits with what each returned. The live four-model lab is
 * {@link IoView}; this one only reads {@link AioEvent}s.
 */
public final class ProgramIoView implements TraceView {
    static final int MAX_SOCKETS = 40;
    /** Width of the longest time bar, in pixels. */
    static final double BAR_WIDTH = 480;
    /** Where text and socket chips wrap: the view scrolls and zooms, so it has no width of its own. */
    static final double WRAP_WIDTH = 1100;

    private final CheckpointedFold<ProgramIo> states = new CheckpointedFold<>(new ProgramIo.Fold(), 1_000);
    private final VBox root = new VBox();
    private final VBox content = new VBox();
    private final ZoomPan zoomPan = new ZoomPan(content);
    private Locale locale = Locale.getDefault();
    private ProgramIo shown = new ProgramIo();
    private boolean empty = true;

    public ProgramIoView() {
        root.getStyleClass().addAll("io-view", "io-program-view");
        root.getStylesheets().add(Objects.requireNonNull(IoView.class.getResource("io-view.css")).toExternalForm());
        content.getStyleClass().add("io-models");
        VBox.setVgrow(zoomPan.node(), Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().add(zoomPan.node());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Trace trace, int position) {
        empty = trace.size() == 0;
        shown = states.stateAt(trace, position);
        render();
    }

    public void setLocale(Locale value) {
        locale = Objects.requireNonNull(value);
        render();
    }

    /** What is on screen (a copy). */
    public ProgramIo state() {
        return shown.copy();
    }

    private void render() {
        LocalizedMessages words = LocalizedMessages.of(IoView.MESSAGES, locale);
        ProgramIo io = shown;
        content.getChildren().clear();
        content.getChildren().add(text(words.text("io.trace.intro"), "io-intro", true));
        IoModel model = io.model();
        if (model == null) {
            content.getChildren().add(text(words.text(empty ? "io.trace.empty" : "io.trace.none"), "io-summary", true));
            return;
        }
        String key = model.name().toLowerCase(Locale.ROOT);
        VBox section = new VBox(text(words.text("io.model." + key), "io-model-title", false),
                text(words.text("io.explain." + key), "io-explain", true));
        section.getStyleClass().add("io-model");
        section.setId("io-program-model");
        if (io.eventLoop()) {
            section.getChildren().add(text(words.text("io.trace.eventLoop"), "io-explain", true));
        }
        content.getChildren().add(section);
        content.getChildren().add(times(io, words));
        if (!io.sockets().isEmpty()) {
            content.getChildren().add(sockets(io, words));
        }
        if (io.selectCount() > 0) {
            content.getChildren().add(rows(words.format("io.trace.selects", String.valueOf(io.selectCount()),
                    String.valueOf(io.selects().size())), io.selects().stream().map(s -> selectRow(s, words)).toList(), "io-program-selects"));
        }
        if (io.waitCount() > 0) {
            content.getChildren().add(rows(words.format("io.trace.waits", String.valueOf(io.waitCount()),
                    String.valueOf(io.waits().size())), io.waits().stream().map(w -> words.format("io.trace.wait", w.operation(),
                    String.valueOf(w.fd()), w.thread(), millis(w.seconds()))).toList(), "io-program-waits"));
        }
    }

    /** A bar per thread for its time blocked in socket calls, and one for the time in select. */
    private VBox times(ProgramIo io, LocalizedMessages words) {
        double longest = io.selectSeconds();
        for (ProgramIo.Blocked b : io.blocked()) {
            longest = Math.max(longest, b.seconds());
        }
        double scale = BAR_WIDTH / Math.max(1e-6, longest);
        VBox lanes = new VBox(text(words.text("io.trace.times"), "io-model-title", false));
        lanes.getStyleClass().add("io-lanes");
        lanes.setId("io-program-times");
        for (ProgramIo.Blocked b : io.blocked()) {
            lanes.getChildren().add(lane(b.thread(), b.seconds() * scale, "blocked", words,
                    words.format("io.trace.blocked", millis(b.seconds()), String.valueOf(b.calls()))));
        }
        if (io.selectCount() > 0) {
            lanes.getChildren().add(lane("select()", io.selectSeconds() * scale, "select", words,
                    words.format("io.trace.inSelect", millis(io.selectSeconds()), String.valueOf(io.selectCount()),
                            String.valueOf(io.readyReturned()))));
        }
        if (io.blocked().isEmpty() && io.selectCount() == 0) {
            lanes.getChildren().add(text(words.text("io.trace.neverBlocked"), "io-explain", true));
        }
        return lanes;
    }

    private static HBox lane(String name, double width, String phase, LocalizedMessages words, String summary) {
        Label thread = text(name, "io-thread", false);
        thread.setMinWidth(130);
        double w = Math.max(IoGantt.MIN_BLOCK, width);
        Label bar = new Label(w > 70 ? words.text("io.phase.short." + phase) : "");
        bar.getStyleClass().addAll("io-block", "io-block-" + phase);
        bar.setMinSize(w, IoGantt.LANE_HEIGHT - 4);
        bar.setPrefSize(w, IoGantt.LANE_HEIGHT - 4);
        bar.setMaxSize(w, IoGantt.LANE_HEIGHT - 4);
        HBox lane = new HBox(8, thread, bar, text(summary, "io-summary", false));
        lane.getStyleClass().add("io-lane");
        return lane;
    }

    private VBox sockets(ProgramIo io, LocalizedMessages words) {
        List<ProgramIo.Socket> all = io.sockets();
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("io-legend");
        chips.setPrefWrapLength(WRAP_WIDTH);
        for (ProgramIo.Socket s : all.subList(0, Math.min(MAX_SOCKETS, all.size()))) {
            String where = !s.host().isEmpty() ? words.format("io.trace.peer", s.host(), s.remote())
                    : s.local().isEmpty() ? "\u2013" : s.local();
            String mode = s.watched() ? "io.trace.watched" : s.waited() ? "io.trace.waited"
                    : s.blocking() ? "io.trace.blocking" : "io.trace.nonBlocking";
            Label chip = text(words.format("io.trace.socket", String.valueOf(s.fd()), words.text("io.trace.kind." + s.kind()),
                    words.text(mode), where) + (s.closed() ? " \u00b7 " + words.text("io.trace.closed") : ""), "io-select-call", false);
            chip.getStyleClass().addAll("io-block", s.watched() ? "io-block-select" : s.waited() ? "io-block-blocked"
                    : "io-block-working", "io-swatch");
            chips.getChildren().add(chip);
        }
        if (all.size() > MAX_SOCKETS) {
            chips.getChildren().add(text(words.format("io.trace.more", String.valueOf(all.size() - MAX_SOCKETS)), "io-explain", false));
        }
        VBox box = new VBox(text(words.format("io.trace.sockets", String.valueOf(all.size())), "io-model-title", false), chips);
        box.getStyleClass().add("io-model");
        box.setId("io-program-sockets");
        return box;
    }

    private static String selectRow(ProgramIo.Select s, LocalizedMessages words) {
        StringBuilder ready = new StringBuilder();
        for (ProgramIo.Ready k : s.ready()) {
            if (ready.length() > 0) {
                ready.append(", ");
            }
            ready.append("fd ").append(k.fd()).append(' ').append(ops(k.ops()));
        }
        return words.format("io.trace.select", String.valueOf(s.number()), s.api(), String.valueOf(s.watched()),
                millis(s.seconds()), ready.length() == 0 ? words.text("io.trace.nothingReady") : ready.toString());
    }

    private static VBox rows(String title, List<String> lines, String id) {
        VBox box = new VBox(text(title, "io-model-title", false));
        box.getStyleClass().add("io-selects");
        box.setId(id);
        for (String line : lines) {
            box.getChildren().add(text(line, "io-select-call", false));
        }
        return box;
    }

    static String ops(int ops) {
        String s = ((ops & AioEvent.READ) != 0 ? "R" : "") + ((ops & AioEvent.WRITE) != 0 ? "W" : "");
        return s.isEmpty() ? "\u2013" : s;
    }

    private static String millis(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds * 1000);
    }

    private static Label text(String value, String styleClass, boolean wrap) {
        Label l = new Label(value);
        l.getStyleClass().add(styleClass);
        l.setWrapText(wrap);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (wrap) {
            l.setMaxWidth(WRAP_WIDTH);
        }
        if (!wrap) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return l;
    }
}
