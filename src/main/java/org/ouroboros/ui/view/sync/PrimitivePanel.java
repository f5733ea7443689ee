package org.ouroboros.ui.view.sync;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ouroboros.trace.SchedEvent.PrimitiveKind;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * One card per primitive with its state at the player's position: owner, RLock recursion count,
 * Semaphore counter, Queue items, the waiter queue in order, and the last operation. The card
 * the current event touched is outlined and marked ●.
 */
public final class PrimitivePanel extends FlowPane {
    public PrimitivePanel() {
        getStyleClass().add("primitive-panel");
    }

    public void show(SyncState state, LocalizedMessages words) {
        getChildren().clear();
        for (PrimitiveSnapshot p : state.primitives()) {
            if (p.kind() == PrimitiveKind.THREAD) {
                continue;
            }
            boolean touched = p.id() == state.touched();
            VBox card = new VBox();
            card.getStyleClass().addAll("primitive-card", "primitive-" + p.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (touched) {
                card.getStyleClass().add("primitive-touched");
            }
            card.setUserData(p);
            Label title = new Label((touched ? "\u25cf " : "") + p.label());
            title.getStyleClass().add("primitive-title");
            card.getChildren().add(title);
            switch (p.kind()) {
                case LOCK, RLOCK, CONDITION -> card.getChildren().add(line(words.format("sync.owner", state.threadName(p.owner())),
                        "primitive-owner"));
                default -> { }
            }
            if (p.kind() == PrimitiveKind.RLOCK) {
                card.getChildren().add(line(words.format("sync.recursion", String.valueOf(p.recursion())), "primitive-recursion"));
            }
            if (p.kind() == PrimitiveKind.SEMAPHORE || p.kind() == PrimitiveKind.BOUNDED_SEMAPHORE) {
                card.getChildren().add(line(words.format("sync.counter", String.valueOf(p.counter())), "primitive-counter"));
            }
            if (p.kind() == PrimitiveKind.QUEUE) {
                card.getChildren().add(line(words.format("sync.items", String.valueOf(p.items())), "primitive-items"));
            }
            card.getChildren().add(line(waiters(p.waiters(), state, words), "primitive-waiters"));
            card.getChildren().add(line(words.format("sync.last", OpGlyphs.glyph(p.lastOp()) + " " + words.text(OpGlyphs.key(p.lastOp())),
                    state.threadName(p.lastThread()), String.valueOf(p.lastPosition()))
                    + (p.detail().isEmpty() ? "" : " (" + p.detail() + ")"), "primitive-last"));
            getChildren().add(card);
        }
    }

    private static String waiters(List<Integer> waiters, SyncState state, LocalizedMessages words) {
        if (waiters.isEmpty()) {
            return words.text("sync.noWaiters");
        }
        return words.format("sync.waiters", waiters.stream().map(state::threadName).collect(Collectors.joining(" \u2192 ")));
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("primitive-line", styleClass);
        l.setWrapText(true);
        return l;
    }
}
