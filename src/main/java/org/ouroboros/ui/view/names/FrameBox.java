package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * One frame's box on the left: its title, the "no names yet" line when empty, then a sticky note
 * per name. A box is reused for whichever frame comes at its place, and keeps its notes while the
 * frame stays the same, so a new name costs one new note.
 */
final class FrameBox extends VBox {
    private final Label title = ObjectCard.styled(SkinnedLabels.of(""), "names-frame-title");
    private final Map<String, Label> notes = new HashMap<>();
    private Label empty;
    private FrameNames.Kind kind;
    private String frameKey;

    /** Empties the box (it is hidden, kept for a frame that comes later). */
    void clear() {
        frameKey = null;
        setId(null);
        notes.clear();
        getChildren().clear();
    }

    /** The title's font, styled: the board's type size (em) comes from it. */
    Font titleFont() {
        return title.getFont();
    }

    /** Shows {@code f}; adds each of its notes, with the id the name refers to, to {@code links}. */
    void show(FrameNames f, LocalizedMessages words, List<NamesCanvas.Link> links) {
        if (!f.key().equals(frameKey)) {
            frameKey = f.key();
            setId("names-frame-" + frameKey);
            notes.clear();
        }
        if (f.kind() != kind) {
            kind = f.kind();
            getStyleClass().setAll("names-frame", "names-frame-" + kind.name().toLowerCase().replace('_', '-'));
        }
        title.setText(switch (f.kind()) {
            case MODULE -> words.format("names.frame.module", f.title());
            case CLASS_BODY -> words.format("names.frame.class", f.title());
            default -> words.format("names.frame.function", f.title());
        });
        List<Node> rows = new ArrayList<>();
        rows.add(title);
        if (f.names().isEmpty()) {
            if (empty == null) {
                empty = ObjectCard.styled(SkinnedLabels.of(""), "names-frame-empty");
            }
            empty.setText(words.text("names.frame.empty"));
            rows.add(empty);
        }
        notes.keySet().retainAll(f.names().keySet());
        f.names().forEach((name, id) -> {
            Label note = notes.computeIfAbsent(name, k -> {
                Label made = ObjectCard.styled(SkinnedLabels.of(name), "names-note");
                made.setId("names-note-" + f.key() + "-" + name);
                return made;
            });
            rows.add(note);
            links.add(new NamesCanvas.Link(note, id, true));
        });
        NamesCanvas.syncChildren(getChildren(), rows);
    }
}
