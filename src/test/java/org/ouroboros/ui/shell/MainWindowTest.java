package org.ouroboros.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.files.ReadResult;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.theme.ThemeApplier;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest extends FxTestBase {
    @TempDir
    Path configDir;
    @TempDir
    Path work;

    private ShellFixture shell;

    @AfterEach
    void closeShell() throws Exception {
        if (shell != null) {
            shell.close();
        }
    }

    private List<String> texts(String selector) {
        return callFx(() -> shell.window.root().lookupAll(selector).stream()
                .filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText())
                .collect(Collectors.toList()));
    }

    private List<String> menuTitles() {
        return callFx(() -> shell.window.menuBar().getMenus().stream().map(m -> m.getText()).collect(Collectors.toList()));
    }

    @Test
    void languageSwitchRelabelsMenusAndLessonsWithoutRestartBothWays() throws Exception {
        shell = ShellFixture.open(configDir, Language.ENGLISH);
        assertEquals(List.of("_File", "_View", "_Lesson", "_Help"), menuTitles());
        assertTrue(texts(".lesson-title").contains("Everything is an object"), texts(".lesson-title").toString());

        robot.clickOn("#tool-language");
        waitFor("Chinese labels", () -> shell.model.language() == Language.SIMPLIFIED_CHINESE);
        assertEquals(List.of("文件(_F)", "视图(_V)", "课程(_L)", "帮助(_H)"), menuTitles());
        assertTrue(texts(".lesson-title").contains("一切皆对象"));
        assertTrue(texts(".lesson-title").contains("asyncio 并发编程"));
        // The other language stays visible beneath each title.
        assertTrue(texts(".lesson-other-title").contains("Everything is an object"));
        assertEquals("课程", texts(".pane-title").get(0));
        assertTrue(texts(".status-item").contains("语言：简体中文"), texts(".status-item").toString());

        runFx(() -> shell.model.setLanguage(Language.ENGLISH));
        assertEquals(List.of("_File", "_View", "_Lesson", "_Help"), menuTitles());
        assertTrue(texts(".lesson-title").contains("Everything is an object"));
        assertTrue(texts(".status-item").contains("Language: English"));
    }

    @Test
    void theViewMenuSwitchesLanguageAndTheme() throws Exception {
        shell = ShellFixture.open(configDir, Language.ENGLISH);
        clickShowing("View", Motion.DEFAULT);
        clickShowing("Language", Motion.VERTICAL_FIRST);
        clickShowing("简体中文", Motion.HORIZONTAL_FIRST);
        waitFor("Chinese", () -> shell.model.language() == Language.SIMPLIFIED_CHINESE);
        assertEquals(List.of("文件(_F)", "视图(_V)", "课程(_L)", "帮助(_H)"), menuTitles());

        clickShowing("视图(V)", Motion.DEFAULT);
        clickShowing("主题", Motion.VERTICAL_FIRST);
        clickShowing("深色", Motion.HORIZONTAL_FIRST);
        waitFor("dark", () -> shell.model.theme() == ThemeChoice.DARK);
        clickShowing("视图(V)", Motion.DEFAULT);
        clickShowing("语言", Motion.VERTICAL_FIRST);
        clickShowing("English", Motion.HORIZONTAL_FIRST);
        waitFor("English", () -> shell.model.language() == Language.ENGLISH);
        assertTrue(texts(".lesson-title").contains("Magic methods"));
    }

    /**
     * Clicks the labelled node with this text in a showing window (menus leave hidden popups
     * behind). The motion matters as it does for a user: down into a menu, across into a
     * submenu, or the pointer passes over a neighbour and opens that instead.
     */
    private void clickShowing(String text, Motion motion) {
        // A menu rebuilds its item nodes when it shows after a relabel, so a node found a moment
        // ago may already be detached: look it up again and retry.
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Optional<Node> node = callFx(() -> robot.lookup(text).queryAll().stream()
                    .filter(MainWindowTest::isShowing).findFirst());
            if (node.isPresent()) {
                try {
                    robot.clickOn(node.get(), motion);
                    return;
                } catch (RuntimeException e) {
                    last = e;
                }
            }
            sleep(100);
        }
        throw new AssertionError("could not click '" + text + "'", last);
    }

    private static boolean isShowing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing() && node.isVisible();
    }

    @Test
    void ctrlEAsksForTheExportScaleInTheUsersLanguage() throws Exception {
        shell = ShellFixture.open(configDir, Language.SIMPLIFIED_CHINESE);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor("scale dialog", () -> findDialog("选择图片倍率").isPresent());
        List<String> buttons = callFx(() -> findDialog("选择图片倍率").orElseThrow().getButtonTypes().stream()
                .map(b -> b.getText()).collect(Collectors.toList()));
        assertEquals(List.of("确定", "取消"), buttons);
        robot.push(KeyCode.ESCAPE);
        waitFor("dialog closed", () -> findDialog("选择图片倍率").isEmpty());
    }

    @Test
    void chineseRootGetsTheLanguageClassThatSelectsTheCjkFont() throws Exception {
        shell = ShellFixture.open(configDir, Language.SIMPLIFIED_CHINESE);
        assertTrue(callFx(() -> shell.window.root().getStyleClass().contains("lang-zh_CN")));
        runFx(() -> shell.model.setLanguage(Language.ENGLISH));
        assertTrue(callFx(() -> shell.window.root().getStyleClass().contains("lang-en")));
        assertFalse(callFx(() -> shell.window.root().getStyleClass().contains("lang-zh_CN")));
    }

    private Color rootBackground() {
        return callFx(() -> {
            shell.window.root().applyCss();
            return (Color) shell.window.root().getBackground().getFills().get(0).getFill();
        });
    }

    @Test
    void themeSwitchSwapsStylesheetsAndChangesTheComputedBackground() throws Exception {
        shell = ShellFixture.open(configDir);
        runFx(() -> shell.model.setTheme(ThemeChoice.LIGHT));
        assertTrue(rootBackground().getBrightness() > 0.9, rootBackground().toString());
        assertEquals(ThemeApplier.userAgentStylesheet(ThemeChoice.LIGHT), callFx(Application::getUserAgentStylesheet));

        runFx(() -> shell.model.setTheme(ThemeChoice.DARK));
        assertTrue(rootBackground().getBrightness() < 0.2, rootBackground().toString());
        assertEquals(ThemeApplier.userAgentStylesheet(ThemeChoice.DARK), callFx(Application::getUserAgentStylesheet));
        assertFalse(callFx(() -> shell.window.scene().getStylesheets().contains(ThemeApplier.HIGH_CONTRAST_STYLESHEET)));

        runFx(() -> shell.model.setTheme(ThemeChoice.HIGH_CONTRAST));
        assertEquals(Color.BLACK, rootBackground());
        assertTrue(callFx(() -> shell.window.scene().getStylesheets().contains(ThemeApplier.HIGH_CONTRAST_STYLESHEET)));
        assertTrue(callFx(() -> shell.window.root().getStyleClass().contains("theme-high-contrast")));
    }

    private double explanationTitleFontSize() {
        return callFx(() -> {
            shell.window.root().applyCss();
            return shell.window.explanation().titleLabel().getFont().getSize();
        });
    }

    @Test
    void f5EntersPresentationModeWithLargerTypeAndEscLeavesIt() throws Exception {
        shell = ShellFixture.open(configDir);
        runFx(() -> shell.model.setTheme(ThemeChoice.LIGHT));
        double normalSize = explanationTitleFontSize();

        robot.push(KeyCode.F5);
        waitFor("presentation on", () -> shell.model.isPresentationMode());
        assertTrue(callFx(() -> shell.window.root().getStyleClass().contains(MainWindow.PRESENTATION_CLASS)));
        assertTrue(explanationTitleFontSize() > normalSize * 1.2, "presentation enlarges type");
        // Presentation uses high contrast by default (View > High Contrast in Presentation Mode).
        assertEquals(ThemeChoice.HIGH_CONTRAST, shell.model.effectiveTheme());
        assertTrue(callFx(() -> shell.window.scene().getStylesheets().contains(ThemeApplier.HIGH_CONTRAST_STYLESHEET)));

        robot.push(KeyCode.ESCAPE);
        waitFor("presentation off", () -> !shell.model.isPresentationMode());
        assertFalse(callFx(() -> shell.window.root().getStyleClass().contains(MainWindow.PRESENTATION_CLASS)));
        assertEquals(normalSize, explanationTitleFontSize(), 0.01);
        assertEquals(ThemeChoice.LIGHT, shell.model.effectiveTheme());

        robot.push(KeyCode.F5);
        waitFor("F5 toggles on", () -> shell.model.isPresentationMode());
        robot.push(KeyCode.F5);
        waitFor("F5 toggles off", () -> !shell.model.isPresentationMode());
    }

    private double editorFontSize() {
        return callFx(() -> {
            shell.window.root().applyCss();
            shell.window.root().layout();
            Optional<Node> text = shell.window.editor().area().lookupAll(".text").stream()
                    .filter(Text.class::isInstance).findFirst();
            return ((Text) text.orElseThrow()).getFont().getSize();
        });
    }

    @Test
    void zoomShortcutsChangeTheEditorFontSize() throws Exception {
        shell = ShellFixture.open(configDir);
        runFx(() -> shell.window.editor().setText("print('zoom')\n"));
        runFx(() -> shell.window.editor().area().requestFocus());
        double base = editorFontSize();

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitFor("zoomed in", () -> shell.model.zoom() > 1.0);
        assertTrue(editorFontSize() > base, "Ctrl+= enlarges code");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitFor("reset", () -> shell.model.zoom() == 1.0);
        assertEquals(base, editorFontSize(), 0.01);

        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        waitFor("zoomed out", () -> shell.model.zoom() < 1.0);
        assertTrue(editorFontSize() < base, "Ctrl+- shrinks code");
    }

    @Test
    void f1ListsEveryShortcut() throws Exception {
        shell = ShellFixture.open(configDir);
        robot.push(KeyCode.F1);
        waitFor("shortcuts dialog", () -> findDialog("Keyboard shortcuts").isPresent());
        DialogPane pane = callFx(() -> findDialog("Keyboard shortcuts").orElseThrow());
        List<String> actions = callFx(() -> pane.lookupAll(".shortcut-action").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList()));
        assertEquals(Shortcut.ALL.size(), actions.size());
        assertTrue(actions.contains("Presentation mode on/off"));
        List<String> keys = callFx(() -> pane.lookupAll(".shortcut-keys").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList()));
        assertTrue(keys.contains("F5"), keys.toString());
    }

    private static Optional<DialogPane> findDialog(String textFragment) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                String all = String.valueOf(pane.getHeaderText()) + " " + pane.getContentText()
                        + " " + (window instanceof javafx.stage.Stage s ? s.getTitle() : "");
                if (all.contains(textFragment)) {
                    return Optional.of(pane);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void openingAMissingFileExplainsItInsteadOfFailing() throws Exception {
        shell = ShellFixture.open(configDir);
        Path missing = work.resolve("gone.py");
        ReadResult result = shell.window.actions().openFile(missing).get();
        assertTrue(result instanceof ReadResult.Missing);
        waitFor("error dialog", () -> findDialog("gone.py").isPresent());
        assertTrue(callFx(() -> findDialog("gone.py").orElseThrow().getContentText()).contains("does not exist"));
    }

    @Test
    void dialogsSpeakTheChosenLanguageIncludingTheirStockButtons() throws Exception {
        shell = ShellFixture.open(configDir, Language.SIMPLIFIED_CHINESE);
        shell.window.actions().openFile(work.resolve("丢失.py")).get();
        waitFor("error dialog", () -> findDialog("丢失.py").isPresent());
        DialogPane pane = callFx(() -> findDialog("丢失.py").orElseThrow());
        assertTrue(callFx(pane::getContentText).contains("不存在"));
        List<String> buttons = callFx(() -> pane.getButtonTypes().stream().map(b -> b.getText()).collect(Collectors.toList()));
        assertEquals(List.of("确定"), buttons);
    }

    @Test
    void openingAHugeFileIsRefusedWithAClearMessage() throws Exception {
        shell = ShellFixture.open(configDir);
        Path huge = work.resolve("huge.py");
        Files.write(huge, new byte[6 * 1024 * 1024]);
        ReadResult result = shell.window.actions().openFile(huge).get();
        assertTrue(result instanceof ReadResult.TooLarge);
        waitFor("error dialog", () -> findDialog("huge.py").isPresent());
        String text = callFx(() -> findDialog("huge.py").orElseThrow().getContentText());
        assertTrue(text.contains("6.0 MB") && text.contains("5.0 MB"), text);
    }

    @Test
    void openEditSaveRoundTripThroughTheEditor() throws Exception {
        shell = ShellFixture.open(configDir);
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        shell.window.actions().openFile(file).get();
        waitFor("text in editor", () -> shell.window.editor().getText().equals("x = 1\n"));
        assertFalse(shell.model.isDirty());
        assertTrue(callFx(() -> shell.stage.getTitle()).startsWith("demo.py"));

        runFx(() -> shell.window.editor().area().appendText("print(x)\n"));
        assertTrue(callFx(shell.model::isDirty));
        assertTrue(callFx(() -> shell.stage.getTitle()).startsWith("● demo.py"));

        assertTrue(shell.window.actions().saveTo(file).get());
        assertEquals("x = 1\nprint(x)\n", Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(callFx(shell.model::isDirty));
        assertEquals(List.of(file.toAbsolutePath()), callFx(() -> List.copyOf(shell.model.recentFiles())));
    }

    @Test
    void autosaveIsWrittenShortlyAfterTypingAndRestoredWithANotice() throws Exception {
        shell = ShellFixture.open(configDir);
        runFx(() -> shell.window.editor().area().replaceText("unsaved = 'work'\n"));
        Path autosave = configDir.resolve("autosave.py");
        waitForCondition("autosave written", () -> Files.exists(autosave));
        assertEquals("unsaved = 'work'\n", Files.readString(autosave));
        shell.close();

        // No clean exit happened: the next start restores the text and says so.
        shell = ShellFixture.open(configDir);
        assertEquals("unsaved = 'work'\n", callFx(shell.window.editor()::getText));
        assertTrue(callFx(shell.model::isDirty));
        waitFor("restore notice", () -> shell.window.notifications().isShowing());
        assertTrue(callFx(() -> shell.window.notifications().getText()).startsWith("Restored unsaved text"));
    }

    @Test
    void cleanExitDropsTheAutosaveAndRemembersPreferences() throws Exception {
        shell = ShellFixture.open(configDir);
        runFx(() -> {
            shell.model.setLanguage(Language.SIMPLIFIED_CHINESE);
            shell.model.selectPlace(shell.model.lessons().byId("classes").orElseThrow(), 3);
        });
        waitFor("the step's code", () -> shell.window.editor().getText().contains("int('1000')"));
        runFx(() -> shell.window.editor().area().replaceText("temporary\n"));
        waitForCondition("autosave written", () -> Files.exists(configDir.resolve("autosave.py")));
        runFx(() -> shell.window.actions().exitCleanly());
        waitForCondition("exit called", () -> shell.exits.get() == 1);
        assertFalse(Files.exists(configDir.resolve("autosave.py")));
        shell.close();

        shell = ShellFixture.open(configDir);
        assertEquals(Language.SIMPLIFIED_CHINESE, shell.model.language());
        assertEquals("classes", shell.model.currentLesson().id());
        assertEquals(3, shell.model.currentStep(), "the last step is remembered");
        // The step's edit was kept as its draft, so the step opens with it.
        waitFor("the step's draft", () -> shell.window.editor().getText().equals("temporary\n"));
        assertFalse(callFx(() -> shell.window.notifications().isShowing()));
    }

    @Test
    void exportWritesTheCurrentViewAtTwiceItsSize() throws Exception {
        shell = ShellFixture.open(configDir);
        Path png = work.resolve("view.png");
        Region target = (Region) shell.window.viewHost().exportTarget();
        double width = callFx(target::getWidth);
        double height = callFx(target::getHeight);
        callFx(() -> shell.window.actions().exportTo(png, 2.0)).get();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(Math.round(width * 2), image.getWidth(), 1);
        assertEquals(Math.round(height * 2), image.getHeight(), 1);
        waitFor("export notice", () -> shell.window.notifications().isShowing());
    }

    @Test
    void openingALessonShowsItsFirstStepAndKeepsTheUsersEditOfEachStep() throws Exception {
        shell = ShellFixture.open(configDir);
        waitFor("chapter 1, step 1", () -> shell.window.editor().getText().contains("def ask(name='bobby'):"));
        runFx(() -> shell.model.selectLesson(shell.model.lessons().byId("classes").orElseThrow()));
        waitFor("chapter 3, step 1", () -> shell.window.editor().getText().contains("class Duck:"));
        assertEquals("Classes and objects in depth", callFx(() -> shell.window.explanation().titleLabel().getText()));
        assertEquals("Duck typing", callFx(() -> shell.window.explanation().stepTitleLabel().getText()));
        assertEquals("Step 1 of 6", callFx(() -> shell.window.explanation().stepCountLabel().getText()));
        assertFalse(callFx(shell.model::isDirty));
        assertFalse(callFx(() -> shell.window.explanation().restoreButton().isVisible()));

        runFx(() -> shell.window.editor().area().appendText("# mine\n"));
        assertTrue(callFx(() -> shell.window.explanation().restoreButton().isVisible()), "restore offered");
        runFx(() -> shell.model.selectLesson(shell.model.lessons().byId("threads").orElseThrow()));
        waitFor("chapter 5's code", () -> shell.window.editor().getText().contains("import threading"));
        runFx(() -> shell.model.selectLesson(shell.model.lessons().byId("classes").orElseThrow()));
        waitFor("the user's edit is back", () -> shell.window.editor().getText().endsWith("# mine\n"));
        assertTrue(callFx(() -> shell.window.explanation().restoreButton().isVisible()));

        runFx(() -> shell.window.explanation().restoreButton().fire());
        waitFor("the step's own code", () -> !shell.window.editor().getText().contains("# mine"));
        assertTrue(callFx(shell.window.editor()::getText).contains("class Duck:"));
        assertFalse(callFx(() -> shell.window.explanation().restoreButton().isVisible()));
    }

    @Test
    void altArrowsAndTheButtonsMoveThroughTheStepsAcrossChapters() throws Exception {
        shell = ShellFixture.open(configDir);
        waitFor("chapter 1, step 1", () -> shell.window.editor().getText().contains("def ask(name='bobby'):"));
        assertTrue(callFx(() -> shell.window.explanation().previousButton().isDisabled()), "nothing before the first step");
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor("step 2", () -> shell.model.currentStep() == 2);
        waitFor("its code", () -> shell.window.editor().getText().contains("print(type(int))"));
        int last = callFx(() -> shell.model.steps(shell.model.currentLesson()).size());
        runFx(() -> shell.model.selectStep(last));
        runFx(() -> shell.window.explanation().nextButton().fire());
        assertEquals("magic-methods", shell.model.currentLesson().id(), "the next step after a chapter's last");
        assertEquals(1, shell.model.currentStep());
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor("back to chapter 1", () -> shell.model.currentLesson().id().equals("objects"));
        assertEquals(last, shell.model.currentStep());
        List<String> steps = texts(".lesson-step");
        assertTrue(steps.contains("2. type → class → obj"), steps.toString());
    }
}
