package dev.encore.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void jsonCannotCloseTheScriptElementItLivesIn() {
        String json = Json.write(Map.of("label", "</script><script>alert(1)</script>&"));
        assertThat(json).doesNotContain("<", ">", "&")
                .isEqualTo("{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                        + "\\u0026\"}");
    }

    @Test
    void jsonWritesNumbersRoundTripAndMissingOnesAsNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("reals", new double[] {0.1, Double.NaN, 1e-7, Double.POSITIVE_INFINITY});
        value.put("steps", new long[] {1, 20_000});
        value.put("dash", new int[] {10, 5});
        value.put("nested", List.of(Map.of("quote", "a\"b\\c\nd\u2028"), 3, true));
        assertThat(Json.write(value)).isEqualTo("{\"reals\":[0.1,null,1.0E-7,null],\"steps\":[1,20000],"
                + "\"dash\":[10,5],\"nested\":[{\"quote\":\"a\\\"b\\\\c\\nd\\u2028\"},3,true]}");
    }

    @Test
    void inlinedCodeThatWouldCloseItsElementIsRefused() {
        assertThat(Inline.code("var a = '<b>';", "script")).isNotNull();
        assertThatThrownBy(() -> Inline.code("var a = '</SCRIPT>';", "script"))
                .isInstanceOf(IllegalStateException.class).hasMessage("inlined code holds </script>");
        assertThatThrownBy(() -> Inline.code("a::after { content: '</style>'; }", "style"))
                .hasMessage("inlined code holds </style>");
    }
}
