package org.ouroboros.ui.exercise.pane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.exercise.Exercise;
import org.ouroboros.ui.exercise.ExerciseChecker;
import org.ouroboros.ui.exercise.ExerciseKind;
import org.ouroboros.ui.exercise.ExerciseText;
import org.ouroboros.ui.exercise.LessonExercises;
import org.ouroboros.ui.exercise.Requirement;
import org.ouroboros.ui.exercise.Solution;
import org.ouroboros.ui.exercise.Verdict;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.shell.ExplanationPane;

/**
 * One lesson's "try it" exercises, one at a time: the question, the program, an answer input that
 * fits the kind (lines, class names, check boxes, cards, or the program itself), and Check / Show
 * answer / Start over. The checker runs on {@code worker}; the verdict says right or wrong in words
 * and a mark (never colour alone) and puts the learner's answer next to what the VM printed. The
 * learner's answers are kept per exercise while the app runs and handed to a draft listener.
 */
public final class ExercisePane extends BorderPane {
    public static final String STYLE_CLASS = "exercise-pane";
    public static final String MESSAGES = "org.ouroboros.ui.exercise.messages";
    /** Not Ctrl+Enter: the window takes that to run the editor's code. */
    public static final KeyCombination CHECK_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);

    private final ObservableValue<Language> language;
    private final ExerciseChecker checker;
    private final Executor worker;
    private final Map<String, String> drafts = new HashMap<>();
    private BiConsumer<Exercise, String> draftListener = (e, text) -> { };

    private final Label count = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Label title = new Label();
    private final VBox question = new VBox();
    private final Label programLabel = new Label();
    private final TextArea program = new TextArea();
    private final Label answerLabel = new Label();
    private final VBox answerBox = new VBox();
    private final Button check = new Button();
    private final Button show = new Button();
    private final Button reset = new Button();
    private final Label status = new Label();
    private final VBox feedback = new VBox();
    private final VBox content = new VBox();
    private final Label message = new Label();
    private final ScrollPane scroll;

    private LessonExercises lesson;
    private int index;
    private AnswerInput input;
    /** What the feedback area shows, kept so a language switch can render it again. */
    private Supplier<List<Node>> shownFeedback = List::of;
    /** Bumped whenever the shown exercise changes, so a late result of an earlier one is dropped. */
    private long generation;
    private boolean busy;

    public ExercisePane(ObservableValue<Language> language, ExerciseChecker checker, Executor worker) {
        this.language = Objects.requireNonNull(language);
        this.checker = Objects.requireNonNull(checker);
        this.worker = Objects.requireNonNull(worker);
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(Objects.requireNonNull(ExercisePane.class.getResource("exercise.css")).toExternalForm());

        count.setId("exercise-count");
        count.getStyleClass().add("exercise-count");
        previous.setId("exercise-previous");
        next.setId("exercise-next");
        previous.setOnAction(e -> select(index - 1));
        next.setOnAction(e -> select(index + 1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(count, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("exercise-bar");

        title.setId("exercise-title");
        title.getStyleClass().add("exercise-title");
        title.setWrapText(true);
        question.setId("exercise-question");
        question.getStyleClass().add("exercise-question");
        programLabel.getStyleClass().add("exercise-label");
        program.setId("exercise-program");
        program.setEditable(false);
        program.getStyleClass().add("exercise-program");
        answerLabel.getStyleClass().add("exercise-label");
        answerLabel.setWrapText(true);

        check.setId("exercise-check");
        show.setId("exercise-show");
        reset.setId("exercise-reset");
        check.setDefaultButton(false);
        check.getStyleClass().add("accent");
        check.setOnAction(e -> check());
        show.setOnAction(e -> showAnswer());
        reset.setOnAction(e -> reset());
        status.setId("exercise-status");
        status.getStyleClass().add("exercise-status");
        status.setWrapText(true);
        FlowPane buttons = new FlowPane(check, show, reset, status);
        buttons.getStyleClass().add("exercise-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        feedback.setId("exercise-feedback");
        feedback.getStyleClass().add("exercise-feedback");

        content.getStyleClass().add("exercise-content");
        content.getChildren().setAll(title, question, programLabel, program, answerLabel, answerBox, buttons, feedback);
        message.setId("exercise-message");
        message.getStyleClass().add("exercise-message");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("exercise-scroll");
        setTop(bar);
        setCenter(message);

        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (CHECK_KEYS.match(e) && lesson != null) {
                check();
                e.consume();
            }
        });
        language.addListener((obs, old, now) -> render());
        this.scroll = scroll;
        showLoading();
    }

    /** Called with an exercise and the learner's answer text whenever the learner changes it. */
    public void setDraftListener(BiConsumer<Exercise, String> listener) {
        draftListener = Objects.requireNonNull(listener);
    }

    /** "Loading the exercises…" until {@link #show} arrives. */
    public void showLoading() {
        lesson = null;
        generation++;
        message.setText(words().text("pane.loading"));
        setCenter(message);
        renderBar();
    }

    /**
     * Shows {@code exercises}, at the first one; {@code saved} are answers kept from before, by
     * {@link Exercise#key()} (the pane's own answers of this run win).
     */
    public void show(LessonExercises exercises, Map<String, String> saved) {
        saved.forEach(drafts::putIfAbsent);
        lesson = exercises;
        if (exercises.size() == 0) {
            generation++;
            message.setText(words().text("pane.none"));
            setCenter(message);
            renderBar();
            return;
        }
        setCenter(scroll);
        select(0);
    }

    /** The shown lesson's exercises, or null while loading. */
    public LessonExercises lesson() {
        return lesson;
    }

    public int index() {
        return index;
    }

    /** Opens exercise {@code i} (0-based) of the shown lesson. */
    public void select(int i) {
        if (lesson == null || i < 0 || i >= lesson.size()) {
            return;
        }
        generation++;
        busy = false;
        index = i;
        Exercise exercise = lesson.get(i);
        AnswerInput current = inputFor(exercise);
        input = current;
        String saved = drafts.get(exercise.key());
        if (saved != null) {
            current.restore(saved);
        }
        current.onChange(() -> {
            if (input == current) {
                drafts.put(exercise.key(), current.draft());
                draftListener.accept(exercise, current.draft());
            }
        });
        boolean code = exercise.kind() instanceof ExerciseKind.WriteCode;
        programLabel.setVisible(!code);
        programLabel.setManaged(!code);
        program.setVisible(!code);
        program.setManaged(!code);
        String source = lesson.program(exercise);
        program.setText(source);
        program.setPrefRowCount(Math.min(12, Math.max(3, (int) source.lines().count())));
        answerBox.getChildren().setAll(input.node());
        shownFeedback = List::of;
        status.setText("");
        status.getStyleClass().removeAll("exercise-right", "exercise-wrong");
        render();
        if (input instanceof OrderAnswerInput order) {
            loadCards(exercise, order);
        }
        Platform.runLater(() -> input.focusTarget().requestFocus());
    }

    private AnswerInput inputFor(Exercise exercise) {
        ExerciseKind kind = exercise.kind();
        if (kind instanceof ExerciseKind.PredictOutput) {
            return new TextAnswerInput(TextAnswerInput.Shape.OUTPUT, "");
        }
        if (kind instanceof ExerciseKind.PredictMro) {
            return new TextAnswerInput(TextAnswerInput.Shape.MRO, "");
        }
        if (kind instanceof ExerciseKind.WriteCode) {
            return new TextAnswerInput(TextAnswerInput.Shape.CODE, lesson.program(exercise));
        }
        if (kind instanceof ExerciseKind.ChooseSettings s) {
            return new ChoicesAnswerInput(s.choices());
        }
        return new OrderAnswerInput();
    }

    /** The cards are the lines the VM prints, sorted: computed on the worker, then a saved order is restored. */
    private void loadCards(Exercise exercise, OrderAnswerInput order) {
        long asked = generation;
        check.setDisable(true);
        run(() -> checker.solve(exercise), solution -> {
            if (asked != generation) {
                return;
            }
            List<String> cards = new ArrayList<>(solution.lines());
            cards.sort(null);
            order.setCards(cards);
            String saved = drafts.get(exercise.key());
            if (saved != null) {
                order.restore(saved);
            }
            check.setDisable(false);
        }, asked);
    }

    /** Checks the answer on the worker; the verdict shows when it comes. */
    public void check() {
        if (lesson == null || busy) {
            return;
        }
        Exercise exercise = lesson.get(index);
        var answer = input.answer();
        long asked = generation;
        setBusy(true);
        run(() -> checker.check(exercise, answer), verdict -> {
            setBusy(false);
            shownFeedback = () -> verdictNodes(exercise, verdict);
            renderFeedback();
            status.setText(words().text(verdict.right() ? "verdict.right" : "verdict.wrong"));
            status.getStyleClass().removeAll("exercise-right", "exercise-wrong");
            status.getStyleClass().add(verdict.right() ? "exercise-right" : "exercise-wrong");
            revealFeedback();
        }, asked);
    }

    /** Shows the VM's answer (computed on the worker) and why. */
    public void showAnswer() {
        if (lesson == null || busy) {
            return;
        }
        Exercise exercise = lesson.get(index);
        long asked = generation;
        setBusy(true);
        run(() -> checker.solve(exercise), solution -> {
            setBusy(false);
            status.setText("");
            status.getStyleClass().removeAll("exercise-right", "exercise-wrong");
            shownFeedback = () -> solutionNodes(exercise, solution);
            renderFeedback();
            revealFeedback();
        }, asked);
    }

    /** Puts the exercise back as it started (the program, empty answers) and forgets the kept answer. */
    public void reset() {
        if (lesson == null) {
            return;
        }
        Exercise exercise = lesson.get(index);
        drafts.remove(exercise.key());
        draftListener.accept(exercise, null);
        select(index);
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done, long asked) {
        CompletableFuture.supplyAsync(work, worker).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (asked != generation) {
                return;
            }
            if (failure != null) {
                setBusy(false);
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                status.getStyleClass().removeAll("exercise-right", "exercise-wrong");
                status.setText(words().format("verdict.failed", String.valueOf(cause.getMessage())));
                check.setDisable(false);
                return;
            }
            done.accept(result);
        }));
    }

    private void setBusy(boolean on) {
        busy = on;
        check.setDisable(on);
        show.setDisable(on);
        if (on) {
            status.getStyleClass().removeAll("exercise-right", "exercise-wrong");
            status.setText(words().text("pane.checking"));
        }
    }

    // ---- rendering ----------------------------------------------------------------------------

    private LocalizedMessages words() {
        return LocalizedMessages.of(MESSAGES, language.getValue().locale());
    }

    private void render() {
        LocalizedMessages w = words();
        previous.setText(w.text("pane.previous"));
        next.setText(w.text("pane.next"));
        check.setText(w.text("pane.check"));
        check.setTooltip(new Tooltip(w.text("pane.check.tooltip")));
        show.setText(w.text("pane.show"));
        reset.setText(w.text("pane.reset"));
        renderBar();
        if (lesson == null || lesson.size() == 0) {
            message.setText(w.text(lesson == null ? "pane.loading" : "pane.none"));
            return;
        }
        Exercise exercise = lesson.get(index);
        ExerciseText text = lesson.text(language.getValue());
        title.setText(text.title(exercise.number()));
        List<Node> paragraphs = new ArrayList<>();
        for (String p : org.ouroboros.ui.model.LessonText.paragraphs(text.question(exercise.number()))) {
            paragraphs.add(ExplanationPane.paragraph(p));
        }
        question.getChildren().setAll(paragraphs);
        programLabel.setText(w.text("pane.program"));
        answerLabel.setText(answerPrompt(exercise, w));
        input.localize(w);
        if (status.getStyleClass().contains("exercise-right")) {
            status.setText(w.text("verdict.right"));
        } else if (status.getStyleClass().contains("exercise-wrong")) {
            status.setText(w.text("verdict.wrong"));
        }
        renderFeedback();
    }

    private void renderBar() {
        boolean some = lesson != null && lesson.size() > 0;
        count.setText(some ? words().format("pane.count", String.valueOf(index + 1), String.valueOf(lesson.size())) : "");
        previous.setDisable(!some || index == 0);
        next.setDisable(!some || index >= lesson.size() - 1);
    }

    private static String answerPrompt(Exercise exercise, LocalizedMessages w) {
        ExerciseKind kind = exercise.kind();
        if (kind instanceof ExerciseKind.PredictOutput) {
            return w.text("pane.answer.output");
        }
        if (kind instanceof ExerciseKind.PredictMro) {
            return w.text("pane.answer.mro");
        }
        if (kind instanceof ExerciseKind.ChooseSettings s) {
            return w.format("pane.answer.settings", s.expectedOutput());
        }
        if (kind instanceof ExerciseKind.OrderLines) {
            return w.text("pane.answer.order");
        }
        return w.text("pane.program.code");
    }

    private void renderFeedback() {
        feedback.getChildren().setAll(shownFeedback.get());
    }

    /** Scrolls so the verdict and the feedback under it are in view. */
    private void revealFeedback() {
        Platform.runLater(() -> {
            content.applyCss();
            content.layout();
            double hidden = content.getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                double top = check.getParent().getBoundsInParent().getMinY();
                scroll.setVvalue(Math.min(1, top / hidden));
            }
        });
    }

    private List<Node> verdictNodes(Exercise exercise, Verdict verdict) {
        LocalizedMessages w = words();
        ExerciseText text = lesson.text(language.getValue());
        List<Node> nodes = new ArrayList<>();
        if (verdict.failedRun() != null && !verdict.failedRun().values().isEmpty()) {
            nodes.add(label(w.format("code.run", SettingsWords.describe(verdict.failedRun(), w)), "exercise-note"));
        }
        if (!verdict.problem().isEmpty()) {
            nodes.add(label(w.text("code.problem"), "exercise-label"));
            nodes.add(lines(verdict.problem().strip(), "exercise-problem"));
            if (!verdict.yours().isEmpty()) {
                nodes.add(compare(w.text("compare.yours.code"), String.join("\n", verdict.yours()),
                        w.text("compare.vm.code"), String.join("\n", verdict.solution().lines()), w));
            }
        } else {
            nodes.add(comparison(exercise, verdict.yours(), verdict.solution(), w));
            List<String> differ = differingLine(exercise, verdict);
            if (!verdict.right() && !differ.isEmpty()) {
                nodes.add(label(w.format("compare.difference", differ.get(0)), "exercise-note"));
            }
        }
        if (!verdict.unmet().isEmpty()) {
            nodes.add(label(w.text("code.unmet"), "exercise-label"));
            for (Requirement r : verdict.unmet()) {
                nodes.add(label("\u2022 " + w.format("requirement." + r.key(), r.argument()), "exercise-unmet"));
            }
        }
        if (verdict.right()) {
            nodes.add(titled(w.text("explain"), text.explain(exercise.number()), "exercise-explain"));
        } else {
            nodes.add(titled(w.text("hint"), text.hint(exercise.number()), "exercise-hint"));
        }
        return nodes;
    }

    private List<Node> solutionNodes(Exercise exercise, Solution solution) {
        LocalizedMessages w = words();
        List<Node> nodes = new ArrayList<>();
        nodes.add(label(w.text("verdict.answer"), "exercise-label"));
        nodes.add(lines(vmText(exercise, solution, w), "exercise-vm-answer"));
        if (!solution.note().isEmpty() && exercise.kind() instanceof ExerciseKind.PredictMro) {
            nodes.add(lines(solution.note(), "exercise-problem"));
        }
        nodes.add(titled(w.text("explain"), lesson.text(language.getValue()).explain(exercise.number()), "exercise-explain"));
        return nodes;
    }

    /** The learner's answer next to the VM's, with headings fitting the kind. */
    private Node comparison(Exercise exercise, List<String> yours, Solution solution, LocalizedMessages w) {
        ExerciseKind kind = exercise.kind();
        String suffix = kind instanceof ExerciseKind.PredictMro ? ".mro"
                : kind instanceof ExerciseKind.WriteCode ? ".code"
                : kind instanceof ExerciseKind.OrderLines ? ".order" : "";
        String yoursText;
        if (kind instanceof ExerciseKind.ChooseSettings s) {
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < s.choices().size(); i++) {
                picked.add((yours.contains(String.valueOf(i)) ? w.text("choice.picked") : w.text("choice.unpicked")) + " "
                        + SettingsWords.describe(s.choices().get(i), w));
            }
            yoursText = String.join("\n", picked);
        } else if (kind instanceof ExerciseKind.PredictMro) {
            yoursText = String.join(" \u2192 ", yours);
        } else {
            yoursText = String.join("\n", yours);
        }
        return compare(w.text("compare.yours" + suffix), yoursText, w.text("compare.vm" + suffix),
                vmText(exercise, solution, w), w);
    }

    private static String vmText(Exercise exercise, Solution solution, LocalizedMessages w) {
        ExerciseKind kind = exercise.kind();
        if (kind instanceof ExerciseKind.PredictMro) {
            return solution.lines().equals(List.of(Solution.MRO_ERROR))
                    ? Solution.MRO_ERROR + "\n" + w.text("compare.mro.error") + "\n" + solution.note()
                    : String.join(" \u2192 ", solution.lines());
        }
        if (kind instanceof ExerciseKind.ChooseSettings s) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < s.choices().size(); i++) {
                rows.add((solution.choices().contains(i) ? w.text("choice.picked") : w.text("choice.unpicked")) + " "
                        + SettingsWords.describe(s.choices().get(i), w) + " \u2014 "
                        + w.format("choice.prints", solution.lines().get(i)));
            }
            return String.join("\n", rows);
        }
        return String.join("\n", solution.lines());
    }

    private static List<String> differingLine(Exercise exercise, Verdict verdict) {
        ExerciseKind kind = exercise.kind();
        if (!(kind instanceof ExerciseKind.PredictOutput || kind instanceof ExerciseKind.OrderLines
                || kind instanceof ExerciseKind.WriteCode)) {
            return List.of();
        }
        List<String> a = verdict.yours();
        List<String> b = verdict.solution().lines();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? org.ouroboros.ui.exercise.AnswerText.normalize(a.get(i)) : null;
            String y = i < b.size() ? org.ouroboros.ui.exercise.AnswerText.normalize(b.get(i)) : null;
            if (!Objects.equals(x, y)) {
                return List.of(String.valueOf(i + 1));
            }
        }
        return List.of();
    }

    private static Node compare(String leftTitle, String left, String rightTitle, String right, LocalizedMessages w) {
        GridPane grid = new GridPane();
        grid.setId("exercise-compare");
        grid.getStyleClass().add("exercise-compare");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        Label leftHead = label(leftTitle, "exercise-compare-title");
        Label rightHead = label(rightTitle, "exercise-compare-title");
        Label leftLines = lines(left.isEmpty() ? w.text("compare.empty") : left, "exercise-yours");
        Label rightLines = lines(right.isEmpty() ? w.text("compare.empty") : right, "exercise-vm");
        leftLines.setId("exercise-yours");
        rightLines.setId("exercise-vm");
        grid.addRow(0, leftHead, rightHead);
        grid.addRow(1, leftLines, rightLines);
        GridPane.setValignment(leftLines, javafx.geometry.VPos.TOP);
        GridPane.setValignment(rightLines, javafx.geometry.VPos.TOP);
        return grid;
    }

    private static Node titled(String heading, String text, String styleClass) {
        VBox box = new VBox(label(heading, "exercise-label"));
        for (String p : org.ouroboros.ui.model.LessonText.paragraphs(text)) {
            box.getChildren().add(ExplanationPane.paragraph(p));
        }
        box.getStyleClass().add(styleClass);
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label lines(String text, String styleClass) {
        Label label = label(text, styleClass);
        label.getStyleClass().add("exercise-lines");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    // ---- for the integration and tests ----

    public Button checkButton() {
        return check;
    }

    public Button showButton() {
        return show;
    }

    public Button resetButton() {
        return reset;
    }

    public Label statusLabel() {
        return status;
    }

    public VBox feedback() {
        return feedback;
    }

    /** The answer control of the shown exercise (a text field, text area, check boxes or cards). */
    public Node answerNode() {
        return input == null ? null : input.node();
    }

    /** Moves the focus to the answer. */
    public void focusAnswer() {
        if (input != null && lesson != null) {
            input.focusTarget().requestFocus();
        }
    }

    /** The kept answer text of an exercise, if the learner typed one. */
    public String draft(Exercise exercise) {
        return drafts.get(exercise.key());
    }
}
