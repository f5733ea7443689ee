package org.ouroboros.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad program in resources/lang/errors fails like CPython 3.11's
 * {@code compile(source, name, 'exec')}: same exception class, message, line and offset, and
 * {@link PySyntaxError#format()} prints exactly what CPython's interpreter prints for it.
 */
class SyntaxErrorMessagesTest {

    static Stream<Arguments> cases() throws IOException {
        Path dir = Resources.langDir().resolve("errors");
        JsonNode goldens = new ObjectMapper().readTree(dir.resolve("errors.json").toFile());
        List<Arguments> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = goldens.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            cases.add(Arguments.of(entry.getKey(), Resources.read(dir.resolve(entry.getKey())), entry.getValue()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsLikeCPython(String name, String source, JsonNode expected) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> FrontEnd.analyze(source, name));
        String actual = e.kind() + ": " + e.msg() + " @" + e.line() + ":" + e.col();
        String wanted = expected.get("type").asText() + ": " + expected.get("msg").asText()
                + " @" + expected.get("lineno").asInt() + ":" + Math.max(1, expected.get("offset").asInt());
        assertEquals(wanted, actual);
        assertEquals(expected.get("printed").asText(), e.format());
    }
}
