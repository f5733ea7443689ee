package org.ouroboros.ui;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.prefs.WindowBounds;

/**
 * What the window shows for the moment it takes to build the shell: the theme's background, the
 * logo and the name, at the size the main window will have. It uses no controls, so neither the
 * theme's stylesheet nor RichTextFX and friends have to load before the first frame; the main
 * window's scene replaces it as soon as it is built.
 */
public final class StartupScreen {
    public static final String STYLE_CLASS = "startup-screen";
    public static final String STYLESHEET = Objects.requireNonNull(
            StartupScreen.class.getResource("css/startup.css"), "missing startup.css").toExternalForm();
    /** The logo's size; decode it with {@code AppIcons.image(LOGO_SIZE)}, ideally off the FX thread. */
    public static final int LOGO_SIZE = 128;

    private StartupScreen() {}

    /** The placeholder scene for {@code theme}, sized like {@code bounds}, with {@code logo} in it. */
    public static Scene create(ThemeChoice theme, WindowBounds bounds, Image logoImage) {
        ImageView logo = new ImageView(logoImage);
        Text name = new Text("Ouroboros");
        name.getStyleClass().add("startup-name");
        VBox content = new VBox(logo, name);
        content.getStyleClass().add("startup-content");
        StackPane root = new StackPane(content);
        root.getStyleClass().addAll(STYLE_CLASS, "theme-" + theme.tag());
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }
}
