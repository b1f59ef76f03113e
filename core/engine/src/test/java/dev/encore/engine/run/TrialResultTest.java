package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.metrics.Latency;
import dev.encore.engine.metrics.TrialLatencies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A plan and a result are plain data, so that a trial can be played on another machine and its result sent back. */
class TrialResultTest {

    @Test
    void aPlanAndItsResultSurviveJavaSerialisation() throws IOException, ClassNotFoundException {
        TrialPlan plan = new TrialPlan(1, 2, "linucb alpha=0.3", "linucb", 4, 2024, -77);
        RegretTrace trace = new RegretTrace(new long[] {1, 2});
        trace.record(1, 0.5, 2.0);
        trace.record(2, 0.75, 4.5);
        trace.finish();
        TrialResult result = TrialResult.ok(plan, trace, 1_000, new TrialLatencies(new Latency(10, 20),
                Latency.NONE, new Latency(1.5, 3)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            TrialResult copy = (TrialResult) in.readObject();
            assertThat(copy.plan()).isEqualTo(plan);
            assertThat(copy.curve()).isEqualTo(result.curve());
            assertThat(copy.finalRegret()).isEqualTo(0.75);
            assertThat(copy.latencies().learn().measured()).isFalse();
            assertThat(copy.latencies().step()).isEqualTo(new Latency(1.5, 3));
        }
    }
}
