package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.random.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialStoreTest {

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    private final TrialPlan plan = new TrialPlan(0, 1, "odd/label <1>", "first", 7, Seeds.environmentSeed(2020, 7),
            Seeds.agentSeed(2020, "odd/label <1>", 7));

    private TrialResult result() {
        RegretTrace trace = new RegretTrace(new long[] {2, 4});
        trace.record(1, 0.1, 1.0);
        trace.record(2, 0.30000000000000004, 2.5);
        trace.record(3, 0.4, 3.0);
        trace.record(4, 1e-300, Math.PI);
        trace.finish();
        return TrialResult.ok(plan, trace, 123_456_789L, new TrialLatencies(new Latency(150.5, 1200.25),
                new Latency(40, 400), Latency.NONE));
    }

    @Test
    void aSavedTrialReadsBackBitForBit() {
        TrialStore store = new TrialStore(temp, false);
        TrialResult saved = result();
        store.save(saved);
        assertThat(store.file(plan).getFileName()).hasToString("001-odd_label__1_-e0007.trial");
        assertThat(store.load(plan, warnings::add)).contains(saved);
        assertThat(store.load(plan, warnings::add).orElseThrow().curve().cumulativeRegret(0))
                .isEqualTo(0.30000000000000004);
        assertThat(warnings).isEmpty();
    }

    @Test
    void severalConditionsNameTheirTrialsApart() {
        TrialStore store = new TrialStore(temp, true);
        TrialPlan second = new TrialPlan(1, plan.agentIndex(), plan.label(), plan.agentName(), plan.episode(),
                plan.environmentSeed(), plan.agentSeed());
        assertThat(store.file(plan).getFileName()).hasToString("c00-001-odd_label__1_-e0007.trial");
        assertThat(store.file(second).getFileName()).hasToString("c01-001-odd_label__1_-e0007.trial");
        store.save(result());
        assertThat(store.load(plan, warnings::add)).isPresent();
        assertThat(store.load(second, warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTrialNeverSavedIsNotFoundWithoutWarning() {
        assertThat(new TrialStore(temp, false).load(plan, warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileForAnotherTrialIsIgnoredWithAWarning() throws IOException {
        TrialStore store = new TrialStore(temp, false);
        store.save(result());
        TrialPlan otherSeed = new TrialPlan(0, plan.agentIndex(), plan.label(), plan.agentName(), plan.episode(), 99,
                plan.agentSeed());
        assertThat(store.load(otherSeed, warnings::add)).isEmpty();
        TrialPlan otherCondition = new TrialPlan(1, plan.agentIndex(), plan.label(), plan.agentName(),
                plan.episode(), plan.environmentSeed(), plan.agentSeed());
        assertThat(store.load(otherCondition, warnings::add)).isEmpty();
        assertThat(warnings).containsExactly(
                store.file(plan) + " holds another trial (its condition, label, episode or seeds differ): the trial"
                        + " is played again",
                store.file(plan) + " holds another trial (its condition, label, episode or seeds differ): the trial"
                        + " is played again");
    }

    @Test
    void everyCutAndEveryFlippedBitIsDetected() throws IOException {
        TrialStore store = new TrialStore(temp, false);
        store.save(result());
        Path file = store.file(plan);
        byte[] whole = Files.readAllBytes(file);
        for (int length = 0; length < whole.length; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertThat(store.load(plan, warnings::add)).as("cut to %d bytes", length).isEmpty();
        }
        for (int bit = 0; bit < whole.length * 8; bit++) {
            byte[] flipped = whole.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(file, flipped);
            assertThat(store.load(plan, warnings::add)).as("bit %d flipped", bit).isEmpty();
        }
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThat(store.load(plan, warnings::add)).isEmpty();
        assertThat(warnings).hasSize(whole.length + whole.length * 8 + 1)
                .allSatisfy(warning -> assertThat(warning).startsWith(file + " ").endsWith(": the trial is played again"))
                .contains(file + " is damaged (its checksum does not match: cut short or changed on disk): the trial is"
                        + " played again", file + " is not a trial file: the trial is played again");
        Files.write(file, whole);
        assertThat(store.load(plan, warnings::add)).contains(result());
    }

    @Test
    void aFileOfTheFormerFormatIsPlayedAgain() throws IOException {
        TrialStore store = new TrialStore(temp, false);
        store.save(result());
        byte[] bytes = Files.readAllBytes(store.file(plan));
        bytes[7] = 1;
        Files.write(store.file(plan), bytes);
        assertThat(store.load(plan, warnings::add)).isEmpty();
        assertThat(warnings).containsExactly(store.file(plan) + " was saved in another format (version 1, this"
                + " Encore reads 2): the trial is played again");
    }

    @Test
    void onlySuccessfulTrialsAreSaved() {
        TrialResult failed = TrialResult.failed(plan, "step 1: bad slate", 0, 10, TrialLatencies.NONE);
        assertThatThrownBy(() -> new TrialStore(temp, false).save(failed)).isInstanceOf(IllegalArgumentException.class);
    }
}
