package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class StartupProbeTest {
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
    }

    @Test
    void runsTheActionOnceAfterTheShownStageHasRenderedAFrame() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        FxToolkit.setupFixture(() -> {
            stage = stageWithLabel();
            stage.show();
            StartupProbe.onFirstFrame(stage, () -> {
                runs.incrementAndGet();
                ran.countDown();
            });
        });

        assertTrue(ran.await(10, TimeUnit.SECONDS), "first-frame action never ran");
        Thread.sleep(200);
        assertEquals(1, runs.get());
    }

    @Test
    void waitsUntilAStageThatIsNotYetShownIsShown() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        FxToolkit.setupFixture(() -> {
            stage = stageWithLabel();
            StartupProbe.onFirstFrame(stage, ran::countDown);
        });

        assertFalse(ran.await(300, TimeUnit.MILLISECONDS), "ran before the stage was shown");
        FxToolkit.setupFixture(() -> stage.show());
        assertTrue(ran.await(10, TimeUnit.SECONDS), "first-frame action never ran after show()");
    }

    private static Stage stageWithLabel() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new Label("probe"), 200, 100));
        return stage;
    }
}
