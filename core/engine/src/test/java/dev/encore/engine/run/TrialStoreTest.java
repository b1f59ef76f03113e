package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.random.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialStoreTest {

    @TempDir
    Path temp;

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
        assertThat(store.load(plan)).contains(saved);
        assertThat(store.load(plan).orElseThrow().curve().cumulativeRegret(0)).isEqualTo(0.30000000000000004);
    }

    @Test
    void severalConditionsNameTheirTrialsApart() {
        TrialStore store = new TrialStore(temp, true);
        TrialPlan second = new TrialPlan(1, plan.agentIndex(), plan.label(), plan.agentName(), plan.episode(),
                plan.environmentSeed(), plan.agentSeed());
        assertThat(store.file(plan).getFileName()).hasToString("c00-001-odd_label__1_-e0007.trial");
        assertThat(store.file(second).getFileName()).hasToString("c01-001-odd_label__1_-e0007.trial");
        store.save(result());
        assertThat(store.load(plan)).isPresent();
        assertThat(store.load(second)).isEmpty();
    }

    @Test
    void aTrialNeverSavedIsNotFound() {
        assertThat(new TrialStore(temp, false).load(plan)).isEmpty();
    }

    @Test
    void aFileForAnotherTrialOrCutShortIsIgnored() throws IOException {
        TrialStore store = new TrialStore(temp, false);
        store.save(result());
        TrialPlan otherSeed = new TrialPlan(0, plan.agentIndex(), plan.label(), plan.agentName(), plan.episode(), 99,
                plan.agentSeed());
        assertThat(store.load(otherSeed)).isEmpty();

        byte[] whole = Files.readAllBytes(store.file(plan));
        Files.write(store.file(plan), Arrays.copyOf(whole, whole.length - 3));
        assertThat(store.load(plan)).isEmpty();
        Files.write(store.file(plan), Arrays.copyOf(whole, whole.length + 1));
        assertThat(store.load(plan)).isEmpty();
    }

    @Test
    void onlySuccessfulTrialsAreSaved() {
        TrialResult failed = TrialResult.failed(plan, "step 1: bad slate", 0, 10, TrialLatencies.NONE);
        assertThatThrownBy(() -> new TrialStore(temp, false).save(failed)).isInstanceOf(IllegalArgumentException.class);
    }
}
