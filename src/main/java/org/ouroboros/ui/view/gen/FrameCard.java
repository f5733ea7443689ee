package org.ouroboros.ui.view.gen;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;

/** One generator or coroutine as a card: name and kind, status with its symbol, line, the last values in and out. */
final class FrameCard {
    static final int MAX_VALUE_CHARS = 28;
    private FrameCard() {}

    static VBox of(GenFrame f, LocalizedMessages words, Function<GenFrame, String> codeAt) {
        VBox card = new VBox();
        card.getStyleClass().addAll("gen-card", f.status().styleClass());
        card.setUserData(f.id());
        card.setId("gen-card-" + f.id());
        Label title = label(f.label(), "gen-card-title");
        Label kind = label(words.text("gen.kind." + f.kind()), "gen-card-kind");
        Label status = label(f.status().symbol() + " " + statusText(f, words), "gen-card-status");
        card.getChildren().addAll(title, kind, status);
        if (!f.status().done() && f.status() != GenStatus.CREATED && f.line() > 0) {
            String code = codeAt.apply(f);
            String at = code == null || code.isBlank() ? words.format("gen.card.line", String.valueOf(f.line()))
                    : words.format("gen.card.lineCode", String.valueOf(f.line()), code.strip());
            card.getChildren().add(label(at, "gen-card-line"));
        }
        if (!f.lastSent().isEmpty()) {
            card.getChildren().add(label(words.format("gen.card.sent", shorten(f.lastSent())), "gen-card-sent"));
        }
        if (!f.lastYielded().isEmpty()) {
            card.getChildren().add(label(words.format("gen.card.yielded", shorten(f.lastYielded())), "gen-card-yielded"));
        }
        if (!f.task().isEmpty()) {
            card.getChildren().add(label(words.format("gen.card.task", f.task()), "gen-card-task"));
        }
        return card;
    }

    static String statusText(GenFrame f, LocalizedMessages words) {
        return switch (f.status()) {
            case CREATED -> words.text("gen.status.created");
            case RUNNING -> words.text("gen.status.running");
            case SUSPENDED -> words.format("gen.status.suspended", String.valueOf(f.line()));
            case DELEGATING -> words.format("gen.status.delegating", f.delegateHow(), String.valueOf(f.line()));
            case RETURNED -> words.format("gen.status.returned", f.result());
            case RAISED -> words.format("gen.status.raised", f.result());
            case CLOSED -> words.text("gen.status.closed");
        };
    }

    /** Long reprs (a Future's) would make every card as wide as the screen. */
    static String shorten(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS - 1) + "\u2026";
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
