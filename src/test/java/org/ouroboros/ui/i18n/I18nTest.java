package org.ouroboros.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.model.LessonRegistry;

class I18nTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/org/ouroboros/ui/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> zh = new TreeSet<>(bundle("_zh_CN").stringPropertyNames());
        assertEquals(en, zh);
    }

    @Test
    void aBindingFollowsTheLocaleBothWays() {
        SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
        I18n i18n = new I18n(I18n.SHELL_BUNDLE, locale);
        StringBinding lessons = i18n.get("navigator.title");
        assertEquals("Lessons", lessons.get());
        locale.set(Locale.SIMPLIFIED_CHINESE);
        assertEquals("课程", lessons.get());
        locale.set(Locale.ENGLISH);
        assertEquals("Lessons", lessons.get());
    }

    @Test
    void englishIsNotReplacedByTheSystemLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            I18n i18n = new I18n(I18n.SHELL_BUNDLE, new SimpleObjectProperty<>(Locale.ENGLISH));
            assertEquals("Lessons", i18n.text("navigator.title"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void chapterTitlesUseTheGlossaryTermsInBothLanguages() {
        I18n i18n = new I18n(I18n.SHELL_BUNDLE, new SimpleObjectProperty<>(Locale.ENGLISH));
        List<String> keys = LessonRegistry.seedCourse().lessons().stream().map(l -> l.titleKey()).collect(Collectors.toList());
        assertEquals(List.of("一切皆对象", "魔法函数", "深入类和对象", "元类编程", "多线程与多进程", "协程与异步IO", "asyncio 并发编程"),
                keys.stream().map(k -> i18n.text(Locale.SIMPLIFIED_CHINESE, k)).collect(Collectors.toList()));
        assertEquals(List.of("Everything is an object", "Magic methods", "Classes and objects in depth",
                        "Metaclass programming", "Threads and processes", "Coroutines and async I/O", "Concurrency with asyncio"),
                keys.stream().map(k -> i18n.text(Locale.ENGLISH, k)).collect(Collectors.toList()));
    }

    @Test
    void aMissingKeyIsVisibleRatherThanFatal() {
        I18n i18n = new I18n(I18n.SHELL_BUNDLE, new SimpleObjectProperty<>(Locale.ENGLISH));
        assertEquals("!no.such.key!", i18n.text("no.such.key"));
    }

    @Test
    void formatFillsArgumentsInTheCurrentLanguage() {
        SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
        I18n i18n = new I18n(I18n.SHELL_BUNDLE, locale);
        assertEquals("Ln 12, Col 3", i18n.format("status.caret", "12", "3"));
        locale.set(Locale.SIMPLIFIED_CHINESE);
        assertTrue(i18n.format("status.caret", "12", "3").contains("第 12 行"));
    }
}
