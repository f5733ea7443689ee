package org.ouroboros.ui.view.mro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;

/** The real window: chapter 3 opens Execution | MRO tabs over one player; Run fills both. */
class MroIntegrationTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private AppModel model;
    private MainWindow window;
    private RunIntegration runs;
    private MroIntegration mro;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        model = real.model();
        window = real.window();
        runs = real.runs();
        runFx(() -> mro = MroIntegration.install(window, runs));
    }

    @AfterEach
    void close() {
        real.close();
    }

    private Lesson lesson(String id) {
        return model.lessons().byId(id).orElseThrow();
    }

    @Test
    void chapterThreeRunsIntoTheMroView() {
        runFx(() -> model.selectPlace(lesson("classes"), 5));
        waitFor("the chapter 3 example in the editor", () -> window.editor().getText().contains("class E(C,D):"));
        assertSame(mro.tabs(), callFx(() -> window.viewHost().getCurrentView()));
        runFx(() -> runs.runEditor());
        waitFor("the run's trace in the player", () -> runs.shownProperty().get() != null);
        runFx(() -> mro.showMro());
        // At the end of the run: the last class created is F, and F() was the last constructor chain.
        assertEquals("F", callFx(() -> mro.view().snapshot().cls()));
        assertEquals(List.of("F", "C", "B", "object"), callFx(() -> mro.view().snapshot().result()));
        assertEquals("F", callFx(() -> mro.view().walk().selfType()));
        // Stepping the shared player moves the MRO view too.
        runFx(() -> {
            mro.view().selectClass("E");
            runs.player().seek(mro.view().state().sessions().stream().filter(s -> s.cls().equals("E"))
                    .findFirst().orElseThrow().position());
        });
        assertEquals(MergeSnapshot.Kind.STARTED, callFx(() -> mro.view().snapshot().kind()));
        runFx(() -> runs.player().stepForward());
        runFx(() -> runs.player().stepForward());
        assertEquals("C", callFx(() -> mro.view().snapshot().candidate()));
    }

    @Test
    void otherLessonsKeepThePlainRunPanelAndTheTabsGetItBack() {
        runFx(() -> model.selectLesson(lesson("objects")));
        assertSame(runs.panel().node(), callFx(() -> window.viewHost().getCurrentView()));
        runFx(() -> model.selectLesson(lesson("metaclasses")));
        assertSame(mro.tabs(), callFx(() -> window.viewHost().getCurrentView()));
        runFx(() -> mro.showExecution());
        assertTrue(callFx(() -> runs.panel().node().getScene() != null), "the run panel is inside the Execution tab");
        runFx(() -> window.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals("执行", callFx(() -> mro.tabs().getTabs().get(0).getText()));
        assertEquals("MRO 与 super()", callFx(() -> mro.tabs().getTabs().get(1).getText()));
    }
}
