package org.ouroboros.ui.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.ouroboros.ui.lecture.LectureFormatException.Problem;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.ThemeChoice;
import org.ouroboros.ui.player.PlaybackSpeed;

class LectureCodecTest {

    @Property(tries = 400)
    void everyLectureSurvivesEncodeAndDecodeExactly(@ForAll("lectures") Lecture lecture) throws Exception {
        assertThat(LectureCodec.decodeBytes(LectureCodec.encodeBytes(lecture))).isEqualTo(lecture);
    }

    @Property(tries = 400)
    void anySourceTextIsKeptCharForChar(@ForAll("sources") String source) throws Exception {
        Lecture lecture = sample(source);
        assertThat(LectureCodec.decodeBytes(LectureCodec.encodeBytes(lecture)).source()).isEqualTo(source);
    }

    @Property(tries = 200)
    void theEncodingIsValidUtf8WithOneEntryPerLine(@ForAll("lectures") Lecture lecture) {
        String text = new String(LectureCodec.encodeBytes(lecture), StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("source="))).hasSize(1);
        assertThat(text).endsWith("\n");
        assertThat(text.substring(0, text.length() - 1)).doesNotContain("\r");
    }

    @Example
    void sourceWithCrlfTabsTrailingBlanksAndChineseIsExact() throws Exception {
        String source = "# 线程演示  \r\nimport threading\r\n\tx = 1 \t\r\n  \n\\n not a newline\\\n";
        Lecture back = LectureCodec.decode(LectureCodec.encode(sample(source)));
        assertThat(back.source()).isEqualTo(source);
        assertThat(LectureCodec.encode(sample(source))).contains("线程演示");
    }

    @Example
    void aByteOrderMarkInFrontIsAccepted() throws Exception {
        byte[] plain = LectureCodec.encodeBytes(sample("print(1)\n"));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        assertThat(LectureCodec.decodeBytes(withBom).source()).isEqualTo("print(1)\n");
    }

    @Example
    void aPythonFileIsNotALecture() {
        assertProblem("import threading\nprint('hi')\n", Problem.NOT_A_LECTURE);
    }

    @Example
    void aForeignFormatIsNotALecture() {
        assertProblem("format=something-else/1\nsource=x\n", Problem.NOT_A_LECTURE);
    }

    @Example
    void aNewerVersionIsNamedAsSuch() {
        String text = LectureCodec.encode(sample("x = 1\n")).replace("ouroboros-lecture/1", "ouroboros-lecture/2");
        assertProblem(text, Problem.NEWER_VERSION);
    }

    @Example
    void missingSourceIsDamaged() {
        String text = LectureCodec.encode(sample("x = 1\n")).replaceAll("(?m)^source=.*\n", "");
        assertThat(problemOf(text).detail()).isEqualTo("source");
        assertProblem(text, Problem.DAMAGED);
    }

    @Example
    void badValuesAreDamagedAndNamed() {
        String good = LectureCodec.encode(sample("x = 1\n"));
        assertThat(problemOf(good.replace("position=12", "position=twelve")).detail()).contains("position");
        assertThat(problemOf(good.replace("speed=normal", "speed=warp")).detail()).contains("speed");
        assertThat(problemOf(good.replace("theme=dark", "theme=neon")).detail()).contains("theme");
        assertThat(problemOf(good.replace("presentation=true", "presentation=yes")).detail()).contains("presentation");
        assertThat(problemOf(good.replace("lesson=threads", "lesson=a b")).problem()).isEqualTo(Problem.DAMAGED);
        assertThat(problemOf(good.replace("source=x", "source=\\u12")).problem()).isEqualTo(Problem.DAMAGED);
    }

    @Example
    void bytesThatAreNotUtf8AreNotALecture() {
        byte[] bytes = {'f', 'o', 'r', 'm', 'a', 't', '=', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> LectureCodec.decodeBytes(bytes)).isInstanceOf(LectureFormatException.class)
                .extracting(e -> ((LectureFormatException) e).problem()).isEqualTo(Problem.NOT_A_LECTURE);
    }

    @Example
    void aFileWithoutStepHasStepZeroAndUnknownKeysAreIgnored() throws Exception {
        String text = LectureCodec.encode(sample("x = 1\n")).replace("lesson=", "comment=later\nlesson=");
        Lecture back = LectureCodec.decode(text);
        assertThat(back.step()).isZero();
        assertThat(text).doesNotContain("step=");
    }

    private static void assertProblem(String text, Problem problem) {
        assertThat(problemOf(text).problem()).isEqualTo(problem);
    }

    private static LectureFormatException problemOf(String text) {
        try {
            LectureCodec.decode(text);
        } catch (LectureFormatException e) {
            return e;
        }
        throw new AssertionError("decoded without complaint:\n" + text);
    }

    private static Lecture sample(String source) {
        return new Lecture("threads", 0, "gil-tab", 12, PlaybackSpeed.NORMAL, ThemeChoice.DARK,
                Language.SIMPLIFIED_CHINESE, true, Map.of("threads", Map.of("seed", "7", "mode", "gil")), source);
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars(" \t\r\n\\=:#!\u00e9\u7ebf\u2028\uFEFFab").ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(80));
    }

    @Provide
    Arbitrary<Lecture> lectures() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcdefghij-_.0123456789").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> owners = Arbitraries.strings().withChars("abcxyz-_09").ofMinLength(1).ofMaxLength(8);
        Arbitrary<Map<String, String>> ownerSettings = Arbitraries.maps(ids, sources()).ofMaxSize(4);
        Arbitrary<Map<String, Map<String, String>>> settings = Arbitraries.maps(owners, ownerSettings).ofMaxSize(3);
        return Combinators.combine(
                ids, Arbitraries.integers().between(0, 50), ids, Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(PlaybackSpeed.class), Arbitraries.of(ThemeChoice.class), Arbitraries.of(Language.class),
                Arbitraries.of(true, false))
                .as((lesson, step, view, position, speed, theme, language, presentation) ->
                        new Object[] {lesson, step, view, position, speed, theme, language, presentation})
                .flatMap(head -> Combinators.combine(settings, sources()).as((s, source) -> new Lecture(
                        (String) head[0], (Integer) head[1], (String) head[2], (Integer) head[3],
                        (PlaybackSpeed) head[4], (ThemeChoice) head[5], (Language) head[6], (Boolean) head[7],
                        s, source)));
    }
}
