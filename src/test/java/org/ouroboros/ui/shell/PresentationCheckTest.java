package org.ouroboros.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.lecture.LectureIntegration;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.theme.ThemeApplier;
import org.ouroboros.ui.view.LessonTabs;

/**
 * The classroom check: the whole window in presentation mode on a 1920×1080 projector, in every
 * theme and both languages, for every lesson and each of its view tabs (at the middle of the
 * lesson program's run): every visible text is at least 18 px and none is cut short.
 *
 * <p>The headless screen is smaller than a projector, so the window's root is laid out in a
 * 1920×1080 scene of its own, styled exactly as the window's.
 */
class PresentationCheckTest extends FxTestBase {
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;
    private static final double MIN_TEXT_PX = 18;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Found by this check and left to the views' owners (see the lecture helper's report); each
     * entry names the style class of the label and why it is not fixed here. Remove an entry
     * when its view is fixed: the check then holds that view to the rule again.
     */
    private static final Set<String> KNOWN_VIEW_ISSUES = Set.of();

    @TempDir
    Path config;

    private RealWindow real;
    private Scene projector;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        runFx(() -> {
            var window = real.window();
            var runs = real.runs();
            org.ouroboros.ui.view.LessonViews.installAll(window, runs);
            LectureIntegration.install(window, runs, real.io());
            org.ouroboros.ui.exercise.pane.ExerciseIntegration.install(window, runs);
            real.model().setPresentationMode(true);
            Parent root = window.root();
            window.scene().setRoot(new Group());
            projector = new Scene(root, WIDTH, HEIGHT);
        });
    }

    @AfterEach
    void close() {
        runFx(() -> {
            rootBackHome();
            real.model().setPresentationMode(false);
        });
        real.close();
    }

    @Test
    void everyVisibleTextIsLegibleAndWholeInEveryThemeLanguageLessonAndTab() {
        Set<String> problems = new LinkedHashSet<>();
        List<Lesson> lessons = callFx(() -> real.model().lessons().lessons());
        for (Lesson lesson : lessons) {
            String before = callFx(() -> real.model().currentLesson().equals(lesson) ? ""
                    : real.window().editor().getText());
            runFx(() -> {
                real.model().setLanguage(Language.ENGLISH);
                real.model().selectLesson(lesson);
            });
            // The lesson's code arrives from the io thread; every lesson's code differs from the last one's.
            waitFor("the code of " + lesson.id(), RUN_TIMEOUT, () -> {
                String now = real.window().editor().getText();
                return !now.isBlank() && !now.equals(before);
            });
            runAndWait();
            LessonTabs tabs = callFx(() -> LessonTabs.install(real.window(), real.runs()));
            List<String> tabIds = callFx(() -> tabs.tabs().getTabs().stream().map(Tab::getId).toList());
            for (String tabId : tabIds) {
                runFx(() -> {
                    if (!tabs.select(tabId)) {
                        tabs.selectExecution();
                    }
                });
                waitFor("runs settle after opening " + tabId, RUN_TIMEOUT, () -> !real.runs().controller().isRunning());
                runFx(() -> real.runs().player().seek(real.runs().player().lastPosition() / 2));
                for (ThemeChoice theme : ThemeChoice.values()) {
                    for (Language language : Language.values()) {
                        String where = theme.tag() + "/" + language.tag() + "/" + lesson.id() + "/" + tabId;
                        problems.addAll(callFx(() -> {
                            real.model().setTheme(theme);
                            real.model().setLanguage(language);
                            ThemeApplier.apply(projector, real.model().effectiveTheme());
                            for (int pass = 0; pass < 2; pass++) {
                                projector.getRoot().applyCss();
                                projector.getRoot().layout();
                            }
                            List<String> found = new ArrayList<>();
                            int[] texts = {0};
                            check(projector.getRoot(), found, where, texts);
                            checkTabHeaders(projector.getRoot(), found, where);
                            if (texts[0] < 30) {
                                found.add(where + ": only " + texts[0] + " texts on screen: the window was not laid out");
                            }
                            return found;
                        }));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void theViewTakesTheNavigatorsWidthInPresentationModeAndGivesItBackAfterwards() {
        LessonNavigator navigator = real.window().navigator();
        runFx(() -> {
            projector.getRoot().applyCss();
            projector.getRoot().layout();
        });
        assertTrue(callFx(() -> navigator.getScene() == null), "no navigator in presentation mode");
        double viewWidth = callFx(() -> real.window().viewHost().getWidth());
        assertTrue(viewWidth >= 0.6 * WIDTH, "the view has most of the projector's width: " + viewWidth);

        runFx(() -> {
            real.model().setPresentationMode(false);
            projector.getRoot().applyCss();
            projector.getRoot().layout();
        });
        assertTrue(callFx(() -> navigator.getScene() == projector && navigator.getWidth() > 0), "the navigator is back");
        assertTrue(callFx(() -> real.window().viewHost().getWidth()) < viewWidth, "and has its width share again");
    }

    @Test
    void everyMenuItemIsLegibleAndWholeInBothLanguages() {
        // Menus open as popups of the shown window, so the root goes back into it for this check.
        runFx(this::rootBackHome);
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            runFx(() -> real.model().setLanguage(language));
            List<Menu> menus = callFx(() -> List.copyOf(real.window().menuBar().getMenus()));
            for (Menu menu : menus) {
                problems.addAll(callFx(() -> {
                    menu.show();
                    List<String> found = new ArrayList<>();
                    String where = language.tag() + "/menu " + menu.getText();
                    int[] texts = {0};
                    for (Window w : Window.getWindows()) {
                        if (w instanceof ContextMenu && w.isShowing() && w.getScene() != null) {
                            w.getScene().getRoot().applyCss();
                            w.getScene().getRoot().layout();
                            check(w.getScene().getRoot(), found, where, texts);
                        }
                    }
                    if (texts[0] == 0) {
                        found.add(where + ": no items on screen");
                    }
                    menu.hide();
                    return found;
                }));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void rootBackHome() {
        if (real.window().root().getScene() == projector) {
            projector.setRoot(new Group());
            real.window().scene().setRoot(real.window().root());
        }
    }

    private void runAndWait() {
        runFx(() -> real.runs().runEditor());
        waitFor("the run's trace", RUN_TIMEOUT, () -> !real.runs().controller().isRunning() && real.runs().shownProperty().get() != null);
    }

    /** Labeled and Text nodes on screen: size, and (for labels) the shown text against the whole text. */
    private static void check(Node node, List<String> problems, String where, int[] texts) {
        if (!node.isVisible() || node.getOpacity() == 0 || isKnownViewIssue(node)) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts[0]++;
            if (l.getFont().getSize() < MIN_TEXT_PX) {
                problems.add(where + ": " + l.getFont().getSize() + " px " + describe(l) + " \"" + l.getText() + "\"");
            }
            Node shown = l.lookup(".text");
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            // The editor's line numbers are laid out by its virtual flow only on a real pulse;
            // off-window they read " ". Their size is still checked (screenshots show them whole).
            boolean lineNumber = l.getParent() != null && l.getParent().getStyleClass().contains("paragraph-box");
            if (!lineNumber && shown instanceof Text text && !text.getText().equals(whole)) {
                problems.add(where + ": cut to \"" + text.getText() + "\" " + describe(l) + " \"" + l.getText() + "\"");
            }
        } else if (node instanceof Text t && !(t.getParent() instanceof Labeled) && t.getText() != null
                && !t.getText().isBlank()
                && t.getFont().getSize() < MIN_TEXT_PX) {
            problems.add(where + ": " + t.getFont().getSize() + " px " + describe(t) + " \"" + abbreviate(t.getText()) + "\"");
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            check(scroll.getContent(), problems, where, texts);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                check(child, problems, where, texts);
            }
        }
    }

    /** Every tab header of every shown tab pane lies wholly in its header area: none hides behind an overflow menu. */
    private static void checkTabHeaders(Parent root, List<String> problems, String where) {
        for (Node node : root.lookupAll(".tab-pane")) {
            Node area = node.lookup(".tab-header-area");
            if (!(node instanceof TabPane) || area == null || !shown(node)) {
                continue;
            }
            Bounds room = area.localToScene(area.getLayoutBounds());
            for (Node header : area.lookupAll(".tab")) {
                Bounds b = header.localToScene(header.getLayoutBounds());
                if (header.isVisible() && (b.getMinX() < room.getMinX() - 0.5 || b.getMaxX() > room.getMaxX() + 0.5)) {
                    Node label = header.lookup(".tab-label");
                    problems.add(where + ": tab header outside its tab bar (" + Math.round(b.getMinX()) + ".."
                            + Math.round(b.getMaxX()) + " of " + Math.round(room.getMinX()) + ".." + Math.round(room.getMaxX())
                            + ") " + (label instanceof Labeled l ? "\"" + l.getText() + "\"" : describe(header)));
                }
            }
            Node overflow = area.lookup(".tab-down-button");
            if (overflow != null && shown(overflow)) {
                problems.add(where + ": the tab bar shows its overflow menu " + describe(node));
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKnownViewIssue(Node node) {
        return node.getStyleClass().stream().anyMatch(KNOWN_VIEW_ISSUES::contains);
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            path.insert(0, name + (path.length() == 0 ? "" : ">"));
        }
        return path.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
