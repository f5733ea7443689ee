package org.ouroboros.ui.view.gil;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.sched.SchedConfig.CPythonVersion;
import org.ouroboros.sched.SchedConfig.Mode;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * The scheduler's knobs: switch interval, cores, GIL / free-threaded / processes, seed, CPython
 * version. Editing one replaces {@link #settingsProperty()}; whoever listens re-runs the program.
 * Sliders report when released, so a drag re-runs once. Show only the knobs a view needs.
 */
public final class SchedControls extends FlowPane {
    public enum Knob { SWITCH_INTERVAL, CORES, MODE, SEED, CPYTHON }

    private final ObjectProperty<SchedConfig> settings = new SimpleObjectProperty<>(this, "settings",
            SchedConfig.DEFAULT.withCores(2));
    private final Label intervalLabel = new Label();
    private final Slider interval = new Slider(0.5, 20, 5);
    private final Label intervalValue = new Label();
    private final Label coresLabel = new Label();
    private final Slider cores = new Slider(1, 8, 2);
    private final Label coresValue = new Label();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton gil = new ToggleButton();
    private final ToggleButton free = new ToggleButton();
    private final ToggleButton processes = new ToggleButton();
    private final Label seedLabel = new Label();
    private final TextField seed = new TextField();
    private final Label versionLabel = new Label();
    private final ToggleGroup versions = new ToggleGroup();
    private final ToggleButton v311 = new ToggleButton("3.11");
    private final ToggleButton v39 = new ToggleButton("3.9");
    private boolean updating;

    public SchedControls(Set<Knob> knobs) {
        getStyleClass().add("sched-controls");
        setAlignment(Pos.CENTER_LEFT);
        interval.setId("switch-interval");
        interval.setBlockIncrement(0.5);
        interval.setMajorTickUnit(5);
        interval.setMinorTickCount(4);
        interval.setSnapToTicks(true);
        cores.setId("cores");
        cores.setMajorTickUnit(1);
        cores.setMinorTickCount(0);
        cores.setSnapToTicks(true);
        gil.setId("mode-gil");
        free.setId("mode-free");
        processes.setId("mode-processes");
        for (ToggleButton b : new ToggleButton[] {gil, free, processes}) {
            b.setToggleGroup(modes);
        }
        v311.setId("cpython-311");
        v39.setId("cpython-39");
        v311.setToggleGroup(versions);
        v39.setToggleGroup(versions);
        seed.setId("seed");
        seed.setPrefColumnCount(6);
        for (var control : new javafx.scene.control.Control[] {interval, cores, gil, free, processes, seed, v311, v39}) {
            control.setFocusTraversable(true);
        }

        if (knobs.contains(Knob.SWITCH_INTERVAL)) {
            getChildren().add(group("knob-interval", intervalLabel, interval, intervalValue));
        }
        if (knobs.contains(Knob.CORES)) {
            getChildren().add(group("knob-cores", coresLabel, cores, coresValue));
        }
        if (knobs.contains(Knob.MODE)) {
            getChildren().add(group("knob-mode", gil, free, processes));
        }
        if (knobs.contains(Knob.CPYTHON)) {
            getChildren().add(group("knob-cpython", versionLabel, v311, v39));
        }
        if (knobs.contains(Knob.SEED)) {
            getChildren().add(group("knob-seed", seedLabel, seed));
        }

        interval.valueProperty().addListener((obs, old, v) -> {
            intervalValue.setText(ms(v.doubleValue()));
            if (!interval.isValueChanging()) {
                edit(s -> s.withSwitchIntervalNs(Math.round(interval.getValue() * 1_000_000)));
            }
        });
        interval.valueChangingProperty().addListener((obs, old, changing) -> {
            if (!changing) {
                edit(s -> s.withSwitchIntervalNs(Math.round(interval.getValue() * 1_000_000)));
            }
        });
        cores.valueProperty().addListener((obs, old, v) -> {
            coresValue.setText(String.valueOf(Math.round(v.doubleValue())));
            if (!cores.isValueChanging()) {
                edit(s -> s.withCores((int) Math.round(cores.getValue())));
            }
        });
        cores.valueChangingProperty().addListener((obs, old, changing) -> {
            if (!changing) {
                edit(s -> s.withCores((int) Math.round(cores.getValue())));
            }
        });
        modes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                // A mode is always chosen: clicking the selected one keeps it.
                if (!updating) {
                    old.setSelected(true);
                }
                return;
            }
            edit(s -> s.withMode(t == free ? Mode.FREE : t == processes ? Mode.PROCESSES : Mode.GIL));
        });
        versions.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                if (!updating) {
                    old.setSelected(true);
                }
                return;
            }
            edit(s -> s.withCpython(t == v39 ? CPythonVersion.V3_9 : CPythonVersion.V3_11));
        });
        seed.setOnAction(e -> applySeed());
        seed.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                applySeed();
            }
        });
        settings.addListener((obs, old, s) -> showSettings(s));
        showSettings(settings.get());
    }

    public static SchedControls all() {
        return new SchedControls(EnumSet.allOf(Knob.class));
    }

    public ObjectProperty<SchedConfig> settingsProperty() {
        return settings;
    }

    public void setLocale(Locale locale, String bundle) {
        LocalizedMessages words = LocalizedMessages.of(bundle, locale);
        intervalLabel.setText(words.text("knob.interval"));
        coresLabel.setText(words.text("knob.cores"));
        gil.setText(words.text(modeKey(Mode.GIL)));
        free.setText(words.text(modeKey(Mode.FREE)));
        processes.setText(words.text(modeKey(Mode.PROCESSES)));
        seedLabel.setText(words.text("knob.seed"));
        versionLabel.setText(words.text("knob.cpython"));
    }

    private void applySeed() {
        try {
            long value = Long.parseLong(seed.getText().trim());
            seed.getStyleClass().remove("invalid");
            edit(s -> s.withSeed(value));
        } catch (NumberFormatException e) {
            if (!seed.getStyleClass().contains("invalid")) {
                seed.getStyleClass().add("invalid");
            }
        }
    }

    private void edit(java.util.function.UnaryOperator<SchedConfig> change) {
        if (updating) {
            return;
        }
        SchedConfig next = change.apply(settings.get());
        if (!next.equals(settings.get())) {
            settings.set(next);
        }
    }

    private void showSettings(SchedConfig s) {
        updating = true;
        try {
            interval.setValue(s.switchIntervalNs() / 1_000_000.0);
            intervalValue.setText(ms(s.switchIntervalNs() / 1_000_000.0));
            cores.setValue(s.cores());
            coresValue.setText(String.valueOf(s.cores()));
            modes.selectToggle(s.mode() == Mode.FREE ? free : s.mode() == Mode.PROCESSES ? processes : gil);
            versions.selectToggle(s.cpython() == CPythonVersion.V3_9 ? v39 : v311);
            if (!seed.isFocused() || seed.getText().isBlank()) {
                seed.setText(String.valueOf(s.seed()));
            }
        } finally {
            updating = false;
        }
    }

    /** The bundle key naming a mode ("mode.gil", "mode.free", "mode.processes"). */
    public static String modeKey(Mode mode) {
        return "mode." + mode.cliName();
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static HBox group(String styleClass, javafx.scene.Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().addAll("knob", styleClass);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
