package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void threadsAndTheTimeLimitMustBePositive() {
        assertThatThrownBy(() -> new RunOptions(Path.of("out"), 0, false))
                .isInstanceOf(UserError.class)
                .hasMessage("threads = 0 is out of range: allowed at least 1");
        assertThatThrownBy(() -> new RunOptions(Path.of("out"), 2, false).withTrialTimeLimit(Duration.ZERO))
                .isInstanceOf(UserError.class)
                .hasMessage("trial time limit = PT0S is out of range: allowed at least 1 ms");
        assertThat(new RunOptions(Path.of("out"), 2, false).trialTimeLimit())
                .isEqualTo(RunOptions.DEFAULT_TRIAL_TIME_LIMIT);
    }

    @Test
    void timeLimitsAreDescribedInTheirLargestWholeUnit() {
        assertThat(Durations.describe(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(Durations.describe(Duration.ofMinutes(90))).isEqualTo("90 min");
        assertThat(Durations.describe(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Durations.describe(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }

    @Test
    void progressEstimatesTheTimeLeftFromTheTrialsThisRunPlayed() {
        RunProgress progress = new RunProgress(6, 10, 0, 2, 4_000, Duration.ofSeconds(8));
        // four trials played in 8 s: the four left take 8 s more
        assertThat(progress.timeLeft()).contains(Duration.ofSeconds(8));
        assertThat(progress.stepsPerSecond()).isEqualTo(500.0);
        assertThat(new RunProgress(2, 10, 0, 2, 0, Duration.ofSeconds(1)).timeLeft()).isEmpty();
    }
}
