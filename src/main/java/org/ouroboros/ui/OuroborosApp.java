package org.ouroboros.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class OuroborosApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(OuroborosApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Ouroboros");
        stage.setScene(new Scene(new Label("Ouroboros"), 1280, 800));
        stage.show();
        StartupProbe.install(stage);
    }
}
