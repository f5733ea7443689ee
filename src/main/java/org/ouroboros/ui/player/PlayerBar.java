package org.ouroboros.ui.player;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The one player control bar: ⏮ ◀ ⏯ ▶ ⏭, a scrub slider, the position "event k / n", the
 * truncation marker and a speed chooser, all driving a {@link PlayerModel}.
 *
 * <p>Its words follow {@link #localeProperty()} (bind it to the app's language to switch at
 * run time). Keys are not part of the bar: install them on the scene with {@link PlayerKeys}.
 */
public class PlayerBar extends Control {
    public static final String DEFAULT_STYLE_CLASS = "player-bar";
    /** The bar's resource bundle (English base, zh_CN). */
    public static final String MESSAGES = "org.ouroboros.ui.player.messages";

    private final PlayerModel model;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    public PlayerBar(PlayerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
    }

    public PlayerModel getModel() {
        return model;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PlayerBarSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(PlayerBar.class.getResource("player-bar.css")).toExternalForm();
    }
}
