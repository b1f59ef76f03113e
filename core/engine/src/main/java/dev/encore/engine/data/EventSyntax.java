package dev.encore.engine.data;

import java.util.ArrayList;
import java.util.List;

/** How a log writes the listening events of one row in its {@code event_type} column. */
enum EventSyntax {

    /**
     * The seed's raw form: each event in double quotes, run together ({@code "Like""Download"}). Parsed as the seed
     * does ({@code [e for e in x.split('"') if len(e)]}), so an empty value or {@code ""} is an empty list; a value
     * with an odd number of double quotes was cut short and is refused.
     */
    QUOTED_RUNS {
        @Override
        List<String> parse(String value) throws BadValue {
            List<String> events = new ArrayList<>(4);
            int quotes = 0;
            int start = 0;
            for (int i = 0; i <= value.length(); i++) {
                if (i == value.length() || value.charAt(i) == '"') {
                    if (i > start) {
                        events.add(value.substring(start, i));
                    }
                    start = i + 1;
                    quotes += i < value.length() ? 1 : 0;
                }
            }
            if (quotes % 2 != 0) {
                throw new BadValue("an event's closing double quote is missing: " + value);
            }
            return events;
        }
    },

    /**
     * A Python list of strings, as pandas writes a column of lists: {@code ['Listen it frequently', 'Like']}.
     * Strings in single or double quotes, with Python's backslash escapes; {@code []} is an empty list.
     */
    PYTHON_LIST {
        @Override
        List<String> parse(String value) throws BadValue {
            return new PythonListParser(value).parse();
        }
    };

    /** The events written in {@code value}, in order; an event may appear more than once. */
    abstract List<String> parse(String value) throws BadValue;

    /** A recursive-descent reader of one Python list literal of strings. */
    private static final class PythonListParser {

        private final String text;
        private int at;

        PythonListParser(String text) {
            this.text = text;
        }

        List<String> parse() throws BadValue {
            List<String> events = new ArrayList<>(4);
            skipSpaces();
            expect('[');
            skipSpaces();
            if (!peek(']')) {
                while (true) {
                    events.add(string());
                    skipSpaces();
                    if (peek(',')) {
                        at++;
                        skipSpaces();
                        if (peek(']')) {
                            break;
                        }
                    } else if (peek(']')) {
                        break;
                    } else {
                        throw bad();
                    }
                }
            }
            at++;
            skipSpaces();
            if (at != text.length()) {
                throw bad();
            }
            return events;
        }

        private String string() throws BadValue {
            if (!peek('\'') && !peek('"')) {
                throw bad();
            }
            char quote = text.charAt(at++);
            StringBuilder event = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == quote) {
                    return event.toString();
                }
                if (c == '\\' && at < text.length()) {
                    escape(event);
                } else {
                    event.append(c);
                }
            }
            throw bad();
        }

        /** Python's escapes after a backslash; an unknown escape keeps the backslash, as Python does. */
        private void escape(StringBuilder event) throws BadValue {
            char c = text.charAt(at++);
            switch (c) {
                case '\\', '\'', '"' -> event.append(c);
                case 'n' -> event.append('\n');
                case 't' -> event.append('\t');
                case 'r' -> event.append('\r');
                case 'x' -> event.appendCodePoint(hex(2));
                case 'u' -> event.appendCodePoint(hex(4));
                case 'U' -> event.appendCodePoint(hex(8));
                default -> event.append('\\').append(c);
            }
        }

        private int hex(int digits) throws BadValue {
            if (at + digits > text.length()) {
                throw bad();
            }
            try {
                int codePoint = Integer.parseInt(text, at, at + digits, 16);
                at += digits;
                if (!Character.isValidCodePoint(codePoint)) {
                    throw bad();
                }
                return codePoint;
            } catch (NumberFormatException e) {
                throw bad();
            }
        }

        private void expect(char c) throws BadValue {
            if (!peek(c)) {
                throw bad();
            }
            at++;
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private BadValue bad() {
            return new BadValue("not a Python list of quoted events such as ['Like', 'Download'] (at character "
                    + (Math.min(at, text.length()) + 1) + "): " + text);
        }
    }
}
