package org.ouroboros.ui.view.loop;

import java.nio.channels.SelectionKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ouroboros.aio.lab.LoopDigest;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The C10K lab's event loop, live, in the event-loop view: 10,000 sockets are far too many to draw
 * one by one, so the panel shows what a second of the loop adds up to — calls, keys and callbacks
 * per phase with the share of time spent waiting, the {@value LoopDigest#BUSIEST} busiest
 * connections and one sampled iteration. Every node is made once; a refresh only changes texts and
 * bar widths, at most {@value #REFRESHES_PER_SECOND} times a second, from one read of the newest
 * digest (no queue into the FX thread).
 */
public final class LabLoopPanel {
    static final int REFRESHES_PER_SECOND = 5;
    /** Rates are taken over about this much history. */
    static final long RATE_WINDOW_NANOS = 1_000_000_000L;
    static final double BAR_WIDTH = 220;
    private static final long REFRESH_NANOS = 1_000_000_000L / REFRESHES_PER_SECOND;

    private final VBox root = new VBox();
    private final Label title = Chips.text("", "loop-lab-title");
    private final Label explain = Chips.text("", "loop-lab-explain");
    private final PhaseRow select = new PhaseRow("loop-lab-select");
    /** Handling a key is running its callback in this server: the time bar is on row 5 only. */
    private final PhaseRow io = new PhaseRow("loop-lab-io");
    private final PhaseRow run = new PhaseRow("loop-lab-run");
    private final Label busiestTitle = Chips.text("", "loop-lane-title");
    private final FlowPane busiest = new FlowPane();
    private final Label sampleTitle = Chips.text("", "loop-lane-title");
    private final FlowPane sample = new FlowPane();
    private final ArrayDeque<LoopDigest> history = new ArrayDeque<>();
    private final AnimationTimer poll = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private final GrowOnlyPane stable = new GrowOnlyPane(root);
    private Supplier<LoopDigest> source;
    private LoopDigest shown;
    private long lastRefresh;
    private Locale locale = Locale.getDefault();

    LabLoopPanel() {
        root.getStyleClass().add("loop-lab");
        root.setId("loop-lab");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        busiest.getStyleClass().add("loop-lane-chips");
        sample.getStyleClass().add("loop-lane-chips");
        for (int i = 0; i < LoopDigest.BUSIEST; i++) {
            busiest.getChildren().add(Chips.chip("", "loop-chip-key"));
        }
        for (int i = 0; i < LoopDigest.SAMPLED_KEYS; i++) {
            sample.getChildren().add(Chips.chip("", "loop-chip-key", "loop-chip-key-ready"));
        }
        io.track.setVisible(false);
        root.getChildren().addAll(title, explain, select.box, io.box, run.box, busiestTitle, busiest, sampleTitle, sample);
        setVisible(false);
    }

    /** The panel, in a pane that keeps its largest height while it follows one run. */
    GrowOnlyPane node() {
        return stable;
    }

    /** Follows {@code digests} (read once per pulse, never waited on); null stops following and hides the panel. */
    void follow(Supplier<LoopDigest> digests) {
        source = digests;
        stable.reset();
        history.clear();
        shown = null;
        lastRefresh = 0;
        setVisible(digests != null);
        if (digests == null) {
            poll.stop();
        } else {
            refresh(digests.get());
            poll.start();
        }
    }

    boolean following() {
        return source != null;
    }

    void setLocale(Locale value) {
        locale = value;
        stable.reset();
        if (shown != null) {
            render(shown);
        }
    }

    private void setVisible(boolean on) {
        stable.setVisible(on);
        stable.setManaged(on);
    }

    private void pulse(long now) {
        Supplier<LoopDigest> s = source;
        if (s == null || now - lastRefresh < REFRESH_NANOS) {
            return;
        }
        LoopDigest d = s.get();
        if (d != null && d != shown) {
            lastRefresh = now;
            refresh(d);
        }
    }

    /** Takes a new digest into the rate history and redraws (also what tests call). */
    void refresh(LoopDigest d) {
        if (d == null) {
            return;
        }
        history.addLast(d);
        while (history.size() > 2 && d.atNanos() - history.peekFirst().atNanos() > RATE_WINDOW_NANOS) {
            history.removeFirst();
        }
        render(d);
    }

    private void render(LoopDigest d) {
        shown = d;
        LocalizedMessages words = LocalizedMessages.of(LoopView.MESSAGES, locale);
        LabLoopRates r = LabLoopRates.between(history.peekFirst(), d);
        if (!words.text("loop.lab.title").equals(title.getText())) {
            title.setText(words.text("loop.lab.title"));
        }
        String explained = words.format("loop.lab.explain", count(d.registered()));
        if (!explained.equals(explain.getText())) {
            explain.setText(explained);
        }
        select.show(words.format("loop.lab.select", count(r.iterationsPerSecond()), percent(r.selectShare()),
                count(d.iterations())), r.selectShare());
        io.show(words.format("loop.lab.io", count(r.keysPerSecond()), decimal(r.keysPerIteration()),
                count(d.maxKeysReturned())), r.workShare());
        run.show(words.format("loop.lab.run", count(r.echoesPerSecond()), count(r.acceptsPerSecond()),
                count(r.closesPerSecond()), percent(r.workShare())), r.workShare());
        busiestTitle.setText(words.format("loop.lab.busiest", String.valueOf(d.busiest().size()),
                String.valueOf(LoopDigest.WINDOW_MILLIS)));
        fill(busiest, chipsOf(d.busiest(), words));
        LoopDigest.SampledIteration it = d.sample();
        sampleTitle.setText(it == null ? words.format("loop.lab.sample.none", String.valueOf(LoopDigest.WINDOW_MILLIS))
                : words.format("loop.lab.sample", count(it.iteration()), decimal(it.selectNanos() / 1e6),
                        count(it.keysReturned()), String.valueOf(it.keys().size())));
        List<String> sampled = new ArrayList<>();
        if (it != null) {
            for (LoopDigest.SampledKey k : it.keys()) {
                sampled.add(words.format("loop.lab.sample.key", String.valueOf(k.connection()), k.peer(),
                        LoopView.ops(ops(k.readyOps())), words.text("loop.lab.action." + k.action().name().toLowerCase(Locale.ROOT))));
            }
        }
        fill(sample, sampled);
    }

    private static List<String> chipsOf(List<LoopDigest.KeyActivity> top, LocalizedMessages words) {
        List<String> out = new ArrayList<>();
        for (LoopDigest.KeyActivity a : top) {
            out.add(words.format("loop.lab.busy", String.valueOf(a.connection()), a.peer(), String.valueOf(a.events())));
        }
        return out;
    }

    /** Java's ready ops (read 1, write 4, accept 16) as the view's READ/WRITE bits. */
    private static int ops(int javaOps) {
        int read = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
        return ((javaOps & read) != 0 ? AioEvent.READ : 0) | ((javaOps & SelectionKey.OP_WRITE) != 0 ? AioEvent.WRITE : 0);
    }

    /** Puts {@code texts} in the pane's fixed chips; the chips left over are hidden, none are added. */
    private static void fill(FlowPane pane, List<String> texts) {
        for (int i = 0; i < pane.getChildren().size(); i++) {
            Label chip = (Label) pane.getChildren().get(i);
            boolean on = i < texts.size();
            if (on && !texts.get(i).equals(chip.getText())) {
                chip.setText(texts.get(i));
            }
            chip.setVisible(on);
            chip.setManaged(on);
        }
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }

    /** One phase: its sentence and a bar for its share of the loop's time (the number is in the sentence too). */
    private static final class PhaseRow {
        final HBox box = new HBox();
        final StackPane track = new StackPane();
        final Region fill = new Region();
        final Label text = Chips.text("", "loop-lab-phase");

        PhaseRow(String id) {
            box.setId(id);
            box.getStyleClass().add("loop-lab-row");
            track.getStyleClass().add("loop-lab-track");
            fill.getStyleClass().add("loop-lab-fill");
            track.setMinWidth(BAR_WIDTH);
            track.setPrefWidth(BAR_WIDTH);
            track.setMaxWidth(BAR_WIDTH);
            track.setAlignment(Pos.CENTER_LEFT);
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            track.getChildren().add(fill);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().addAll(track, text);
        }

        void show(String sentence, double share) {
            if (!sentence.equals(text.getText())) {
                text.setText(sentence);
            }
            fill.setPrefWidth(Math.max(0, Math.min(1, share)) * BAR_WIDTH);
        }
    }
}
