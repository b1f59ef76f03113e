package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsAWholeNumberAndAUnit() {
        assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("10 min")).isEqualTo(Duration.ofMinutes(10));
        assertThat(converter.convert("2H")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void refusesWhatIsNotADurationSayingWhatIsAllowed() {
        assertThatThrownBy(() -> converter.convert("10"))
                .hasMessage("'10' is not a duration: allowed a whole number and a unit (ms, s, min or h),"
                        + " such as 90s or 10min");
        assertThatThrownBy(() -> converter.convert("1.5h")).hasMessageStartingWith("'1.5h' is not a duration");
        assertThatThrownBy(() -> converter.convert("0s")).hasMessage("'0s' is out of range: allowed at least 1 ms");
    }
}
