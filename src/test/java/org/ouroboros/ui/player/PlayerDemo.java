package org.ouroboros.ui.player;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.view.execution.DemoTraces;
import org.ouroboros.ui.view.execution.ExecutionView;

/**
 * Dev-only launcher (test sources, never shipped): the player bar and the execution view on a
 * hand-built trace, to look at under Xvfb. Arguments: {@code [en|zh] [position] [greet|long]
 * [light|dark] [seconds-before-exit, 0 = stay open]}.
 */
public final class PlayerDemo {
    private PlayerDemo() {}

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    public static final class DemoApp extends Application {
        @Override
        public void start(Stage stage) {
            var args = getParameters().getUnnamed();
            Locale locale = arg(args, 0, "en").equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            int position = Integer.parseInt(arg(args, 1, "8"));
            Trace trace = arg(args, 2, "greet").equals("long") ? DemoTraces.countdown(2_000, 5_000) : DemoTraces.GREET;
            Application.setUserAgentStylesheet(arg(args, 3, "light").equals("dark")
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            int seconds = Integer.parseInt(arg(args, 4, "0"));

            PlayerModel model = new PlayerModel();
            model.setTrace(trace);
            model.seek(position);
            PlayerBar bar = new PlayerBar(model);
            bar.setLocale(locale);
            ExecutionView view = new ExecutionView();
            view.setLocale(locale);
            TraceViewBinding.bind(model, view);

            BorderPane root = new BorderPane(view.node());
            root.setBottom(bar);
            Scene scene = new Scene(root, 900, 560);
            PlayerKeys.install(scene, model);
            stage.setTitle("Ouroboros player demo");
            stage.setScene(scene);
            stage.show();
            if (seconds > 0) {
                PauseTransition exit = new PauseTransition(Duration.seconds(seconds));
                exit.setOnFinished(e -> Platform.exit());
                exit.play();
            }
        }

        private static String arg(java.util.List<String> args, int index, String fallback) {
            return args.size() > index ? args.get(index) : fallback;
        }
    }
}
