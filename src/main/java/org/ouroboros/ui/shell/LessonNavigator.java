package org.ouroboros.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.i18n.I18n;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;

/**
 * The lesson list on the left: each chapter's number and title in the current language, with
 * the title in the other language beneath it (the course is bilingual).
 */
public final class LessonNavigator extends BorderPane {
    public static final String STYLE_CLASS = "lesson-navigator";

    private final ListView<Lesson> list = new ListView<>();

    public LessonNavigator(AppModel model, I18n i18n) {
        getStyleClass().add(STYLE_CLASS);
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(i18n.get("navigator.title"));
        setTop(heading);

        list.getItems().setAll(model.lessons().lessons());
        list.setCellFactory(view -> new LessonCell(model, i18n, view));
        list.getSelectionModel().select(model.currentLesson());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, lesson) -> {
            if (lesson != null) {
                model.selectLesson(lesson);
            }
        });
        model.currentLessonProperty().addListener((obs, old, lesson) -> list.getSelectionModel().select(lesson));
        setCenter(list);
    }

    public ListView<Lesson> list() {
        return list;
    }

    private static final class LessonCell extends ListCell<Lesson> {
        private static final double WRAP_INSET = 40;
        private final AppModel model;
        private final I18n i18n;
        private final Label chapter = new Label();
        private final Label title = new Label();
        private final Label otherTitle = new Label();
        private final VBox box = new VBox(chapter, title, otherTitle);

        LessonCell(AppModel model, I18n i18n, ListView<Lesson> owner) {
            this.model = model;
            this.i18n = i18n;
            getStyleClass().add("lesson-cell");
            chapter.getStyleClass().add("lesson-chapter");
            title.getStyleClass().add("lesson-title");
            otherTitle.getStyleClass().add("lesson-other-title");
            for (Label label : new Label[] {title, otherTitle}) {
                // Wrap long titles: give the label the list's width (minus cell padding and a
                // scroll bar) so its preferred height counts every line.
                label.setWrapText(true);
                label.prefWidthProperty().bind(owner.widthProperty().subtract(WRAP_INSET));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            box.getStyleClass().add("lesson-cell-box");
            // Without this a cell asks for its text's full width and long titles are clipped
            // behind a horizontal scroll bar instead of wrapping.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            chapter.textProperty().unbind();
            title.textProperty().unbind();
            otherTitle.textProperty().unbind();
            if (empty || lesson == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            chapter.textProperty().bind(i18n.formatted("navigator.chapter", Bindings.createObjectBinding(lesson::number)));
            title.textProperty().bind(i18n.get(lesson.titleKey()));
            otherTitle.textProperty().bind(otherLanguageTitle(lesson));
            setText(null);
            setGraphic(box);
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
