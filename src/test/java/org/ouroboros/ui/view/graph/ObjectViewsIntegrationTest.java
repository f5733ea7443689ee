package org.ouroboros.ui.view.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.names.NamesIntegration;

/** The real window: chapter 1 gets Objects & types and Names & objects tabs; Run fills both. */
class ObjectViewsIntegrationTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private AppModel model;
    private MainWindow window;
    private RunIntegration runs;
    private GraphIntegration graph;
    private NamesIntegration names;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        model = real.model();
        window = real.window();
        runs = real.runs();
        runFx(() -> {
            graph = GraphIntegration.install(window, runs);
            names = NamesIntegration.install(window, runs);
        });
    }

    @AfterEach
    void close() {
        real.close();
    }

    private List<String> tabTitles() {
        return callFx(() -> LessonTabs.install(window, runs).tabs().getTabs().stream().map(Tab::getText)
                .collect(Collectors.toList()));
    }

    @Test
    void chapterOneRunsIntoBothObjectViews() {
        real.selectStep("objects", 2);
        waitFor("the chapter 1 block in the editor", () -> window.editor().getText().contains("b = 'abc'"));
        assertEquals(List.of("Execution", "Objects & types", "Names & objects"), tabTitles());
        runFx(() -> runs.runEditor());
        waitFor("the run's trace in the player", () -> runs.shownProperty().get() != null);
        runFx(() -> graph.showGraph());
        waitFor("the graph shows 1 and 'abc'", () -> graph.view().graph().nodes().values().stream()
                .map(GraphNode::label).collect(Collectors.toList()).containsAll(List.of("1", "'abc'", "type", "object")));
        runFx(() -> names.showNames());
        waitFor("the notes a and b", () -> names.view().state().allNames().keySet()
                .containsAll(List.of("__main__.a", "__main__.b")));
        // The player steps both views: at the start nothing is bound yet.
        runFx(() -> runs.player().seek(0));
        assertTrue(callFx(() -> names.view().state().allNames().isEmpty()));
        runFx(() -> model.setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals(List.of("执行", "对象与类型", "名字与对象"), tabTitles());
    }

    @Test
    void theClassLessonsHaveTheGraphTab() {
        for (String lesson : List.of("magic-methods", "classes", "metaclasses")) {
            runFx(() -> model.selectLesson(model.lessons().byId(lesson).orElseThrow()));
            assertTrue(tabTitles().contains("Objects & types"), lesson + ": " + tabTitles());
        }
        assertTrue(callFx(() -> window.viewHost().getCurrentView() instanceof TabPane));
    }
}
