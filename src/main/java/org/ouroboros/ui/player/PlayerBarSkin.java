package org.ouroboros.ui.player;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceTruncated;

/**
 * Lays out the {@link PlayerBar} and keeps it in step with the model. Every part has a style
 * class ({@code player-start}, {@code player-back}, {@code player-play}, {@code player-step},
 * {@code player-end}, {@code player-scrub}, {@code player-position}, {@code player-truncated},
 * {@code player-speed}) for themes and tests.
 */
public class PlayerBarSkin extends SkinBase<PlayerBar> {
    /** On the play button while playing (it then shows the pause icon). */
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    private final PlayerModel model;
    private final Button start = iconButton("player-start", MaterialDesignS.SKIP_PREVIOUS);
    private final Button back = iconButton("player-back", MaterialDesignS.STEP_BACKWARD);
    private final Button play = iconButton("player-play", MaterialDesignP.PLAY);
    private final Button step = iconButton("player-step", MaterialDesignS.STEP_FORWARD);
    private final Button end = iconButton("player-end", MaterialDesignS.SKIP_NEXT);
    private final Slider scrub = new Slider();
    private final Label position = new Label();
    private final Label truncated = new Label();
    private final ComboBox<PlaybackSpeed> speed = new ComboBox<>();
    private final List<Runnable> unhook = new ArrayList<>();

    /** True while the skin moves the slider itself, so that move is not taken for a user's seek. */
    private boolean followingModel;
    private LocalizedMessages messages;

    public PlayerBarSkin(PlayerBar bar) {
        super(bar);
        this.model = bar.getModel();

        start.setOnAction(e -> model.jumpToStart());
        back.setOnAction(e -> model.stepBack());
        play.setOnAction(e -> model.togglePlay());
        step.setOnAction(e -> model.stepForward());
        end.setOnAction(e -> model.jumpToEnd());

        scrub.getStyleClass().add("player-scrub");
        scrub.setBlockIncrement(1);
        scrub.setFocusTraversable(false);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.valueProperty().addListener((obs, old, value) -> {
            if (!followingModel) {
                model.seek((int) Math.round(value.doubleValue()));
            }
        });

        position.getStyleClass().add("player-position");
        truncated.getStyleClass().addAll("player-truncated", Styles.DANGER);

        speed.getStyleClass().add("player-speed");
        speed.getItems().setAll(PlaybackSpeed.values());
        speed.setCellFactory(list -> new SpeedCell());
        speed.setButtonCell(new SpeedCell());
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((obs, old, value) -> {
            if (value != null && value != model.getSpeed()) {
                model.setSpeed(value);
            }
        });

        // Two rows, like a media player: the scrub bar on top (the truncation marker at its end,
        // where the trace was cut), the buttons and readouts beneath. In one row the centre
        // column is too narrow for all of it.
        HBox.setHgrow(scrub, Priority.ALWAYS);
        HBox track = new HBox(scrub, truncated);
        track.getStyleClass().add("player-bar-track");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(start, back, play, step, end, position, gap, speed);
        row.getStyleClass().add("player-bar-row");
        // Only the scrub bar and the truncation marker give way when the bar is narrow (the
        // marker's tooltip keeps its full text); squeezed below its preferred width, the speed
        // chooser would show an empty box instead of "1×". The bar's minimum width is the
        // centre column's: keep it modest.
        for (var part : List.of(start, back, play, step, end, position, speed)) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        truncated.setMinWidth(0);
        scrub.setMinWidth(0);
        VBox rows = new VBox(track, row);
        rows.getStyleClass().add("player-bar-rows");
        getChildren().add(rows);

        watch(this::syncPosition, model.positionProperty(), model.sizeProperty());
        watch(this::syncTrace, model.traceProperty());
        watch(this::syncPlaying, model.playingProperty());
        watch(() -> speed.setValue(model.getSpeed()), model.speedProperty());
        watch(this::syncTexts, bar.localeProperty());
        syncTexts();
        syncTrace();
        syncPlaying();
        speed.setValue(model.getSpeed());
    }

    private static Button iconButton(String styleClass, Ikon icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(styleClass, Styles.BUTTON_ICON, Styles.FLAT);
        return button;
    }

    private void watch(Runnable action, Observable... sources) {
        InvalidationListener listener = observable -> action.run();
        for (Observable source : sources) {
            source.addListener(listener);
            unhook.add(() -> source.removeListener(listener));
        }
    }

    private void syncTrace() {
        Trace trace = model.getTrace();
        boolean isTruncated = trace.truncated();
        truncated.setVisible(isTruncated);
        truncated.setManaged(isTruncated);
        syncPosition();
        syncTexts();
    }

    private void syncPosition() {
        int size = model.getSize();
        int at = model.getPosition();
        followingModel = true;
        try {
            scrub.setMin(-1);
            scrub.setMax(Math.max(-1, size - 1));
            scrub.setValue(at);
        } finally {
            followingModel = false;
        }
        scrub.setDisable(size == 0);
        start.setDisable(at == -1);
        back.setDisable(at == -1);
        step.setDisable(at >= size - 1);
        end.setDisable(at >= size - 1);
        play.setDisable(size == 0);
        if (messages != null) {
            position.setText(messages.format("player.position", String.valueOf(at + 1), String.valueOf(size)));
        }
    }

    private void syncPlaying() {
        boolean playing = model.isPlaying();
        play.setGraphic(new FontIcon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        play.pseudoClassStateChanged(PLAYING, playing);
        if (messages != null) {
            describe(play, playing ? "player.pause.tooltip" : "player.play.tooltip");
        }
    }

    private void syncTexts() {
        messages = LocalizedMessages.of(PlayerBar.MESSAGES, getSkinnable().getLocale());
        describe(start, "player.start.tooltip");
        describe(back, "player.back.tooltip");
        describe(step, "player.step.tooltip");
        describe(end, "player.end.tooltip");
        scrub.setTooltip(tooltip("player.scrub.tooltip"));
        speed.setTooltip(tooltip("player.speed.tooltip"));
        Trace trace = model.getTrace();
        if (trace.truncated()) {
            int cap = ((TraceTruncated) trace.get(trace.size() - 1)).cap();
            truncated.setText(messages.format("player.truncated", String.valueOf(cap)));
            truncated.setTooltip(new Tooltip(truncated.getText()));
        }
        syncPlaying();
        syncPosition();
    }

    /** Icon-only buttons: the tooltip is also what a screen reader says. */
    private void describe(Button button, String key) {
        button.setTooltip(tooltip(key));
        button.setAccessibleText(messages.text(key));
    }

    private Tooltip tooltip(String key) {
        return new Tooltip(messages.text(key));
    }

    @Override
    public void dispose() {
        unhook.forEach(Runnable::run);
        unhook.clear();
        getChildren().clear();
        super.dispose();
    }

    private static final class SpeedCell extends ListCell<PlaybackSpeed> {
        @Override
        protected void updateItem(PlaybackSpeed item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
