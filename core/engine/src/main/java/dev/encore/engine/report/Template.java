package dev.encore.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{name}}} slots, filled in one pass: text put into a slot is never searched for slots again,
 * so a label that reads {@code {{data}}} stays a label. The caller escapes what it puts in.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z-]+)}}");

    private final String text;

    private Template(String text) {
        this.text = text;
    }

    /** A template from the class path, next to this class. */
    static Template resource(String name) {
        return new Template(resourceText(Template.class, name));
    }

    static String resourceText(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + near.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException for a slot without a value */
    String fill(Map<String, String> values) {
        Matcher slot = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + values.values().stream().mapToInt(String::length).sum());
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for slot {{" + slot.group(1) + "}}");
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slot.appendTail(out);
        return out.toString();
    }
}
