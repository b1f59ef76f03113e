package dev.encore.engine.report;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.Locale;

/**
 * Text placed as it is inside a {@code <script>} or {@code <style>} element of the page, where HTML escaping would
 * break it: library code and the charts' JSON. What makes it safe is checked here, once: it cannot close its
 * element early.
 */
final class Inline implements Content {

    private final String text;

    private Inline(String text) {
        this.text = text;
    }

    /**
     * Code inlined into {@code element}.
     *
     * @throws IllegalStateException when the code holds {@code </element}, which would end it early
     */
    static Inline code(String code, String element) {
        if (code.toLowerCase(Locale.ROOT).contains("</" + element)) {
            throw new IllegalStateException("inlined code holds </" + element + ">");
        }
        return new Inline(code);
    }

    /** Data as JSON for a {@code <script type="application/json">}: {@link Json} writes no {@code <}. */
    static Inline json(Object value) {
        return new Inline(Json.write(value));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(text);
    }
}
