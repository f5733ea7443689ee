package org.ouroboros.ui.run;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.i18n.I18n;

/**
 * What a lesson shows in the centre: a line saying how the last run went (or that one is
 * running, with a spinner), above the view that plays its trace.
 */
public final class RunPanel {
    public static final String STYLE_CLASS = "run-panel";
    private static final List<String> OUTCOME_CLASSES = List.of(OutcomeText.OK, OutcomeText.FAILED, OutcomeText.STOPPED);

    private final VBox root = new VBox();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    private final Label truncation = new Label();
    private final ObservableValue<Boolean> running;
    private final ObservableValue<RunReport> shown;
    private final I18n i18n;

    /**
     * @param running whether a run is in progress
     * @param shown   the report whose trace the player holds (null: none yet)
     */
    public RunPanel(Node view, ObservableValue<Boolean> running, ObservableValue<RunReport> shown, I18n i18n) {
        this.running = running;
        this.shown = shown;
        this.i18n = i18n;
        root.getStyleClass().add(STYLE_CLASS);
        progress.getStyleClass().add("run-progress");
        message.getStyleClass().add("run-message");
        message.setWrapText(true);
        truncation.getStyleClass().add("run-truncation");
        truncation.setWrapText(true);
        VBox texts = new VBox(message, truncation);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox banner = new HBox(progress, texts);
        banner.getStyleClass().add("run-banner");
        VBox.setVgrow(view, Priority.ALWAYS);
        root.setMinSize(0, 0);
        root.getChildren().addAll(banner, view);
        InvalidationListener render = observable -> render();
        running.addListener(render);
        shown.addListener(render);
        i18n.localeProperty().addListener(render);
        render();
    }

    public Node node() {
        return root;
    }

    /** The banner's message (for tests and screen readers). */
    public Label message() {
        return message;
    }

    private void render() {
        boolean busy = Boolean.TRUE.equals(running.getValue());
        RunReport report = shown.getValue();
        progress.setVisible(busy);
        progress.setManaged(busy);
        message.getStyleClass().removeAll(OUTCOME_CLASSES);
        String truncated = report == null || busy ? null : OutcomeText.truncation(report.trace(), i18n);
        truncation.setText(truncated == null ? "" : truncated);
        truncation.setVisible(truncated != null);
        truncation.setManaged(truncated != null);
        if (busy) {
            message.setText(i18n.text("run.running"));
        } else if (report == null) {
            message.setText(i18n.text("run.hint"));
        } else {
            OutcomeText outcome = OutcomeText.of(report, i18n);
            message.setText(outcome.text());
            message.getStyleClass().add(outcome.styleClass());
        }
    }
}
