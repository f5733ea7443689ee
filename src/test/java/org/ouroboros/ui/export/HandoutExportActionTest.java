package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.MenuItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonText;

/** File ▸ Export Lesson Handout (PDF)… in the real window: the current lesson, in the window's language. */
class HandoutExportActionTest extends FxTestBase {
    @TempDir
    Path dir;

    private RealWindow real;
    private HandoutExportAction action;

    @BeforeEach
    void open() {
        real = RealWindow.open(dir.resolve("config"));
        action = callFx(() -> {
            AnimationExportAction.install(real.window(), real.runs().player());
            return HandoutExportAction.install(real.window());
        });
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void theMenuItemFollowsExportAnimationInBothLanguages() {
        List<String> ids = callFx(() -> real.window().menuBar().fileMenu().getItems().stream()
                .map(MenuItem::getId).filter(java.util.Objects::nonNull).toList());
        assertTrue(ids.indexOf(HandoutExportAction.MENU_ITEM_ID) == ids.indexOf(AnimationExportAction.MENU_ITEM_ID) + 1,
                ids.toString());
        MenuItem item = callFx(() -> real.window().menuBar().fileMenu().getItems().stream()
                .filter(i -> HandoutExportAction.MENU_ITEM_ID.equals(i.getId())).findFirst().orElseThrow());
        assertEquals("Export Lesson Handout (PDF)…", callFx(item::getText));
        runFx(() -> real.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals("导出课程讲义（PDF）…", callFx(item::getText));
    }

    @Test
    void theCurrentLessonIsWrittenInTheWindowsLanguage() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(HandoutFonts.SYSTEM_CANDIDATES.get(0)), "needs fonts-wqy-microhei");
        real.selectLesson("objects");
        runFx(() -> real.model().setLanguage(Language.SIMPLIFIED_CHINESE));
        Path pdf = dir.resolve("objects.pdf");
        Task<Path> task = callFx(() -> action.exportTo(pdf));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!task.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(Worker.State.SUCCEEDED, callFx(task::getState), () -> String.valueOf(task.getException()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            String title = LessonText.load("objects", Language.SIMPLIFIED_CHINESE).title();
            assertTrue(text.contains(title), title + " in\n" + text);
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }
}
