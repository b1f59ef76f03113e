package dev.encore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.run.RunProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void showsTrialsSpeedAndTimeLeft() {
        RunProgress progress = new RunProgress(10, 40, 0, 0, 2_400_000, Duration.ofSeconds(2));
        assertThat(TerminalProgress.line(progress)).isEqualTo("trials 10/40 | 1.2M steps/s | 0:06 left");
    }

    @Test
    void estimatesTimeLeftFromTheTrialsThisRunPlayedNotThoseItResumed() {
        RunProgress progress = new RunProgress(30, 40, 2, 20, 5_000, Duration.ofSeconds(50));
        assertThat(TerminalProgress.line(progress)).isEqualTo("trials 30/40 | 2 failed | 100 steps/s | 0:50 left");
    }

    @Test
    void waitsForATrialBeforeEstimatingAndSaysWhenDone() {
        assertThat(TerminalProgress.line(new RunProgress(0, 40, 0, 0, 0, Duration.ZERO)))
                .isEqualTo("trials 0/40 | 0 steps/s | time left: estimating");
        assertThat(TerminalProgress.line(new RunProgress(40, 40, 0, 0, 81_000, Duration.ofHours(1))))
                .isEqualTo("trials 40/40 | 23 steps/s | done");
        assertThat(TerminalProgress.line(new RunProgress(1, 3, 0, 0, 1_500_000, Duration.ofMinutes(40))))
                .isEqualTo("trials 1/3 | 625 steps/s | 1:20:00 left");
    }

    @Test
    void redrawsOneLineInPlaceAndEndsIt() {
        StringWriter text = new StringWriter();
        TerminalProgress display = new TerminalProgress(new PrintWriter(text), true, Optional.empty());
        display.progressed(new RunProgress(0, 2, 0, 0, 0, Duration.ZERO));
        display.progressed(new RunProgress(2, 2, 0, 0, 4_000, Duration.ofSeconds(1)));
        display.finish();
        assertThat(text.toString()).isEqualTo("\rtrials 0/2 | 0 steps/s | time left: estimating"
                + "\rtrials 2/2 | 4.0k steps/s | done" + " ".repeat(14) + System.lineSeparator());
    }

    @Test
    void aWarningGetsALineOfItsOwnEvenWhenProgressIsNotShown() {
        StringWriter text = new StringWriter();
        TerminalProgress display = new TerminalProgress(new PrintWriter(text), true, Optional.empty());
        display.progressed(new RunProgress(0, 2, 0, 0, 0, Duration.ZERO));
        display.warned("trials/000-a-e0000.trial is damaged");
        String nl = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("\rtrials 0/2 | 0 steps/s | time left: estimating" + nl
                + "warning: trials/000-a-e0000.trial is damaged" + nl);

        StringWriter log = new StringWriter();
        TerminalProgress quiet = new TerminalProgress(new PrintWriter(log), false, Optional.empty());
        quiet.progressed(new RunProgress(0, 2, 0, 0, 0, Duration.ZERO));
        quiet.warned("damaged");
        quiet.progressed(new RunProgress(2, 2, 0, 0, 4_000, Duration.ofSeconds(1)));
        quiet.finish();
        assertThat(log.toString()).isEqualTo("warning: damaged" + nl);
    }

    @Test
    void aRunThatPlaysElsewhereSaysWhereOnceBeforeItsProgressEvenInALog() {
        StringWriter text = new StringWriter();
        TerminalProgress display = new TerminalProgress(new PrintWriter(text), true,
                Optional.of("spark://host:7077"));
        display.progressed(new RunProgress(5, 12, 0, 5, 0, Duration.ZERO));
        display.progressed(new RunProgress(12, 12, 0, 5, 7_000, Duration.ofSeconds(1)));
        display.finish();
        String nl = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("playing 7 trials on spark://host:7077" + nl
                + "\rtrials 5/12 | 0 steps/s | time left: estimating"
                + "\rtrials 12/12 | 7.0k steps/s | done" + " ".repeat(13) + nl);

        StringWriter log = new StringWriter();
        TerminalProgress quiet = new TerminalProgress(new PrintWriter(log), false, Optional.of("yarn"));
        quiet.progressed(new RunProgress(0, 1, 0, 0, 0, Duration.ZERO));
        quiet.progressed(new RunProgress(1, 1, 0, 0, 10, Duration.ofSeconds(1)));
        assertThat(log.toString()).isEqualTo("playing 1 trial on yarn" + nl);
    }

    @Test
    void aRunWithNothingLeftToPlayOrPlayingHereSaysNothingOfWhere() {
        StringWriter resumed = new StringWriter();
        new TerminalProgress(new PrintWriter(resumed), false, Optional.of("yarn"))
                .progressed(new RunProgress(4, 4, 0, 4, 0, Duration.ZERO));
        assertThat(resumed.toString()).isEmpty();

        StringWriter here = new StringWriter();
        new TerminalProgress(new PrintWriter(here), false, Optional.empty())
                .progressed(new RunProgress(0, 4, 0, 0, 0, Duration.ZERO));
        assertThat(here.toString()).isEmpty();
    }
}
