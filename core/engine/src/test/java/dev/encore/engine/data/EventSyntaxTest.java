package dev.encore.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventSyntaxTest {

    @Test
    void quotedRunsSplitAsTheSeedDoes() throws BadValue {
        assertThat(EventSyntax.QUOTED_RUNS.parse("\"Listen it frequently\"\"Like\"\"Download\""))
                .containsExactly("Listen it frequently", "Like", "Download");
        assertThat(EventSyntax.QUOTED_RUNS.parse("\"Have listened  it completely\""))
                .containsExactly("Have listened  it completely");
        // what lies between runs is an event too, as in the seed's split: it will be reported as unknown
        assertThat(EventSyntax.QUOTED_RUNS.parse("\"Like\" \"Download\"")).containsExactly("Like", " ", "Download");
        assertThat(EventSyntax.QUOTED_RUNS.parse("Like")).containsExactly("Like");
    }

    @Test
    void anEmptyValueOrEmptyQuotesAreAnEmptyList() throws BadValue {
        assertThat(EventSyntax.QUOTED_RUNS.parse("")).isEmpty();
        assertThat(EventSyntax.QUOTED_RUNS.parse("\"\"")).isEmpty();
    }

    @Test
    void aRunCutShortIsRefused() {
        assertThatThrownBy(() -> EventSyntax.QUOTED_RUNS.parse("\"Like\"\"Down"))
                .hasMessage("an event's closing double quote is missing: \"Like\"\"Down");
    }

    @Test
    void pythonListsAreParsedWithTheirQuotesAndEscapes() throws BadValue {
        assertThat(EventSyntax.PYTHON_LIST.parse("['Listen it frequently', 'Like']"))
                .containsExactly("Listen it frequently", "Like");
        assertThat(EventSyntax.PYTHON_LIST.parse(" [ \"Don't\" ,'a\\'b', 'c\\\\d', 'e\\x41\\u00e9', 'f\\q',] "))
                .containsExactly("Don't", "a'b", "c\\d", "eA\u00e9", "f\\q");
        assertThat(EventSyntax.PYTHON_LIST.parse("[]")).isEmpty();
        assertThat(EventSyntax.PYTHON_LIST.parse("['a, b']")).containsExactly("a, b");
    }

    @Test
    void aPythonListThatDoesNotParseSaysWhere() {
        String expected = "not a Python list of quoted events such as ['Like', 'Download'] (at character ";
        assertThatThrownBy(() -> EventSyntax.PYTHON_LIST.parse("Like")).hasMessage(expected + "1): Like");
        assertThatThrownBy(() -> EventSyntax.PYTHON_LIST.parse("['Like'] x")).hasMessage(expected + "10): ['Like'] x");
        assertThatThrownBy(() -> EventSyntax.PYTHON_LIST.parse("['Like")).hasMessage(expected + "7): ['Like");
        assertThatThrownBy(() -> EventSyntax.PYTHON_LIST.parse("[,]")).hasMessage(expected + "2): [,]");
        assertThatThrownBy(() -> EventSyntax.PYTHON_LIST.parse("['\\xZZ']")).hasMessage(expected + "5): ['\\xZZ']");
    }
}
