package org.ouroboros.ui.view.dispatch;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * Draws one {@link Walk}: a title, then one row per step. An MRO search is a chain of class
 * boxes, each marked ✓ (its dict holds the name), ✗ (searched, not there) or · (never
 * reached); the instance dict is a box of its keys; the sequence protocol's
 * {@code __getitem__(k)} calls are chips. The latest step is marked "▶ now". Every state has a
 * text marker and a border style of its own, so nothing relies on colour.
 */
final class WalkDrawing extends VBox {
    static final String HIT = "dispatch-hit";
    static final String MISS = "dispatch-miss";
    static final String SKIPPED = "dispatch-skipped";
    static final String NOW = "dispatch-now";
    /** Sequence-protocol calls drawn before the rest are summarised. */
    static final int SHOWN_ITEMS = 10;

    WalkDrawing() {
        getStyleClass().add("dispatch-walk");
    }

    /** Draws {@code walk}; {@code code} is its line's code ("" when the program is not known). */
    void show(Walk walk, String code, LocalizedMessages words) {
        getChildren().clear();
        if (walk == null) {
            return;
        }
        getChildren().add(label(title(walk, words), "dispatch-title"));
        String line = String.valueOf(walk.line());
        String where = walk.line() <= 0 ? "" : code.isEmpty() ? words.format("line", line)
                : words.format("line.code", line, code);
        String entry = walk.entry().isEmpty() ? "" : words.format("entry", walk.entry());
        String context = where.isEmpty() || entry.isEmpty() ? where + entry : where + " · " + entry;
        if (!context.isEmpty()) {
            getChildren().add(label(context, "dispatch-entry"));
        }
        List<Step> steps = walk.steps();
        int number = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Step.Item) {
                int end = i;
                while (end + 1 < steps.size() && steps.get(end + 1) instanceof Step.Item) {
                    end++;
                }
                List<Step.Item> items = new ArrayList<>();
                for (int k = i; k <= end; k++) {
                    items.add((Step.Item) steps.get(k));
                }
                getChildren().add(row(++number, end == steps.size() - 1, words.text("items.title"), itemChips(items, words)));
                i = end;
            } else {
                getChildren().add(row(++number, i == steps.size() - 1, heading(walk, step, words), detail(step, words)));
            }
        }
    }

    private static String title(Walk walk, LocalizedMessages words) {
        if (walk.kind() == Walk.Kind.SPECIAL) {
            return words.format("title.special", walk.name(), walk.subject());
        }
        return words.format(walk.onClass() ? "title.attribute.class" : "title.attribute.instance", walk.subject(),
                walk.name());
    }

    private static VBox row(int number, boolean now, String heading, Node detail) {
        Label marker = label(now ? "▶" : "✓", "dispatch-marker");
        Label text = label(number + ". " + heading, "dispatch-step-heading");
        text.setWrapText(true);
        HBox head = new HBox(marker, text);
        head.getStyleClass().add("dispatch-step-head");
        VBox row = new VBox(head);
        row.getStyleClass().add("dispatch-step");
        if (now) {
            row.getStyleClass().add(NOW);
        }
        if (detail != null) {
            row.getChildren().add(detail);
        }
        return row;
    }

    private static String heading(Walk walk, Step step, LocalizedMessages words) {
        if (step instanceof Step.MroSearch m) {
            return words.format("search." + m.role(), m.onType(), m.searched());
        }
        if (step instanceof Step.DictProbe d) {
            return words.format("dict.title", d.name());
        }
        if (step instanceof Step.Fallback f) {
            return switch (f.reason()) {
                case "sequence-protocol", "str-calls-repr" -> words.text("fallback." + f.reason());
                default -> words.format("fallback.other", f.from(), f.to());
            };
        }
        if (step instanceof Step.Call c) {
            return words.format("call", c.owner(), c.method());
        }
        if (step instanceof Step.Result r) {
            String key = "result." + r.source().replace(' ', '-');
            String owner = r.foundIn().isEmpty() ? walk.subject() : r.foundIn();
            return has(words, key) ? words.format(key, r.resultRepr(), owner)
                    : words.format("result.other", r.resultRepr(), owner, r.source());
        }
        return "";
    }

    private static boolean has(LocalizedMessages words, String key) {
        try {
            words.text(key);
            return true;
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }

    private static Node detail(Step step, LocalizedMessages words) {
        if (step instanceof Step.MroSearch m) {
            return mroChain(m, words);
        }
        if (step instanceof Step.DictProbe d) {
            return dictBox(d, words);
        }
        return null;
    }

    private static Node mroChain(Step.MroSearch m, LocalizedMessages words) {
        FlowPane chain = new FlowPane();
        chain.getStyleClass().add("dispatch-chain");
        for (int i = 0; i < m.mro().size(); i++) {
            if (i > 0) {
                chain.getChildren().add(label("→", "dispatch-arrow"));
            }
            String state;
            String mark;
            if (m.found() && i == m.foundAt()) {
                state = HIT;
                mark = words.format("box.hit", m.searched());
            } else if (!m.found() || i < m.foundAt()) {
                state = MISS;
                mark = words.text("box.miss");
            } else {
                state = SKIPPED;
                mark = words.text("box.skipped");
            }
            VBox box = new VBox(label(m.mro().get(i), "dispatch-class-name"), label(mark, "dispatch-class-mark"));
            box.getStyleClass().addAll("dispatch-class", state);
            chain.getChildren().add(box);
        }
        String outcome = m.found()
                ? words.format("search.found", m.definer(), kindText(m.kind(), words))
                : words.text("search.notFound");
        outcome = outcome.strip();
        return new VBox(chain, label(outcome, "dispatch-outcome"));
    }

    private static String kindText(String kind, LocalizedMessages words) {
        String key = "kind." + kind.replace(' ', '-');
        return kind.isEmpty() || !has(words, key) ? "" : words.text(key);
    }

    private static Node dictBox(Step.DictProbe d, LocalizedMessages words) {
        FlowPane keys = new FlowPane();
        keys.getStyleClass().add("dispatch-dict-keys");
        for (String key : d.keys()) {
            Label k = label(key, "dispatch-dict-key");
            if (key.equals(d.name())) {
                k.getStyleClass().add(HIT);
            }
            keys.getChildren().add(k);
        }
        if (d.keys().isEmpty()) {
            keys.getChildren().add(label(words.text("dict.empty"), "dispatch-dict-key"));
        }
        VBox box = new VBox(label("__dict__", "dispatch-class-name"), keys,
                label(words.text(d.found() ? "dict.found" : "dict.missing"), "dispatch-class-mark"));
        box.getStyleClass().addAll("dispatch-class", "dispatch-dict", d.found() ? HIT : MISS);
        return new HBox(box);
    }

    private static Node itemChips(List<Step.Item> items, LocalizedMessages words) {
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("dispatch-items");
        for (int i = 0; i < items.size(); i++) {
            // A long loop shows its first and last calls; the middle ones all look alike.
            if (items.size() > SHOWN_ITEMS && i == SHOWN_ITEMS / 2) {
                int hidden = items.size() - SHOWN_ITEMS;
                chips.getChildren().add(label(words.format("items.more", String.valueOf(hidden)), "dispatch-item"));
                i += hidden - 1;
                continue;
            }
            Step.Item item = items.get(i);
            String text;
            String state;
            if (item.pending()) {
                text = words.format("item.pending", String.valueOf(item.index()));
                state = SKIPPED;
            } else if (item.stopped()) {
                text = words.format("item.stop", String.valueOf(item.index()), item.stopException());
                state = MISS;
            } else {
                text = words.format("item.value", String.valueOf(item.index()), item.resultRepr());
                state = HIT;
            }
            Label chip = label(text, "dispatch-item");
            chip.getStyleClass().add(state);
            chips.getChildren().add(chip);
        }
        return chips;
    }

    static Label label(String text, String styleClass) {
        Label l = SkinnedLabels.of(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
