package org.ouroboros.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.LessonPlace;

/**
 * The course on the left: each chapter's number and title in the current language, with the
 * title in the other language beneath it (the course is bilingual), and the chapter's steps
 * under it. Choosing a chapter opens its first step; choosing a step opens it. The open
 * chapter is expanded and the open step selected.
 */
public final class LessonNavigator extends BorderPane {
    public static final String STYLE_CLASS = "lesson-navigator";

    /** A row of the tree: a chapter, or one of its steps. */
    public sealed interface Item permits ChapterItem, StepItem {
        Lesson lesson();
    }

    public record ChapterItem(Lesson lesson) implements Item {}

    public record StepItem(Lesson lesson, int step) implements Item {}

    private final AppModel model;
    private final TreeView<Item> tree = new TreeView<>();
    private final TreeItem<Item> root = new TreeItem<>();
    private boolean syncing;

    public LessonNavigator(AppModel model, I18n i18n) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(i18n.get("navigator.title"));
        setTop(heading);

        for (Lesson lesson : model.lessons().lessons()) {
            TreeItem<Item> chapter = new TreeItem<>(new ChapterItem(lesson));
            for (int k = 1; k <= model.steps(lesson).size(); k++) {
                chapter.getChildren().add(new TreeItem<>(new StepItem(lesson, k)));
            }
            root.getChildren().add(chapter);
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.getStyleClass().add("lesson-tree");
        tree.setCellFactory(view -> new NavigatorCell(model, i18n, view));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !syncing) {
                choose(item.getValue());
            }
        });
        model.currentPlaceProperty().addListener((obs, old, place) -> showPlace(place));
        showPlace(model.currentPlace());
        setCenter(tree);
    }

    private void choose(Item item) {
        if (item instanceof StepItem step) {
            model.selectPlace(step.lesson(), step.step());
        } else if (!item.lesson().equals(model.currentLesson())) {
            model.selectLesson(item.lesson());
        }
    }

    /** Expands the open chapter (only it) and selects the open step, without choosing anything. */
    private void showPlace(LessonPlace place) {
        syncing = true;
        try {
            TreeItem<Item> selected = null;
            for (TreeItem<Item> chapter : root.getChildren()) {
                boolean open = chapter.getValue().lesson().equals(place.lesson());
                chapter.setExpanded(open);
                if (open) {
                    selected = chapter.getChildren().isEmpty() ? chapter : chapter.getChildren().get(place.step() - 1);
                }
            }
            tree.getSelectionModel().select(selected);
            int row = tree.getRow(selected);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    public TreeView<Item> tree() {
        return tree;
    }

    private static final class NavigatorCell extends TreeCell<Item> {
        private static final double WRAP_INSET = 56;
        private final AppModel model;
        private final I18n i18n;
        private final Label chapter = new Label();
        private final Label title = new Label();
        private final Label otherTitle = new Label();
        private final VBox chapterBox = new VBox(chapter, title, otherTitle);
        private final Label step = new Label();

        NavigatorCell(AppModel model, I18n i18n, TreeView<Item> owner) {
            this.model = model;
            this.i18n = i18n;
            getStyleClass().add("lesson-cell");
            chapter.getStyleClass().add("lesson-chapter");
            title.getStyleClass().add("lesson-title");
            otherTitle.getStyleClass().add("lesson-other-title");
            step.getStyleClass().add("lesson-step");
            for (Label label : new Label[] {title, otherTitle, step}) {
                // Wrap long titles: give the label the tree's width (minus indent, padding and a
                // scroll bar) so its preferred height counts every line.
                label.setWrapText(true);
                label.prefWidthProperty().bind(owner.widthProperty().subtract(WRAP_INSET));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            chapterBox.getStyleClass().add("lesson-cell-box");
            // Without this a cell asks for its text's full width and long titles are clipped
            // behind a horizontal scroll bar instead of wrapping.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            chapter.textProperty().unbind();
            title.textProperty().unbind();
            otherTitle.textProperty().unbind();
            step.textProperty().unbind();
            getStyleClass().remove("lesson-step-cell");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Lesson lesson = item.lesson();
            if (item instanceof StepItem s) {
                getStyleClass().add("lesson-step-cell");
                step.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("lesson.step.navigator",
                        s.step(), model.text(lesson, model.language()).stepTitle(s.step())),
                        model.languageProperty(), i18n.localeProperty()));
                setGraphic(step);
                return;
            }
            chapter.textProperty().bind(i18n.formatted("navigator.chapter", Bindings.createObjectBinding(lesson::number)));
            title.textProperty().bind(i18n.get(lesson.titleKey()));
            otherTitle.textProperty().bind(otherLanguageTitle(lesson));
            setGraphic(chapterBox);
        }

        private StringBinding otherLanguageTitle(Lesson lesson) {
            return Bindings.createStringBinding(() -> {
                Language other = model.language() == Language.ENGLISH ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
                Locale in = other.locale();
                return i18n.text(in, lesson.titleKey());
            }, model.languageProperty());
        }
    }
}
