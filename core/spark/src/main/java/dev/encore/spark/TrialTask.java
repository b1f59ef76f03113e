package dev.encore.spark;

import dev.encore.engine.run.LocalTrialExecutor;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialPlan;
import dev.encore.engine.run.TrialResult;
import dev.encore.engine.run.TrialThreads;
import dev.encore.engine.spec.ExperimentSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import scala.Function1;
import scala.collection.Iterator;

/**
 * What a Spark task does with its trial plans, on an executor: resolves the run's experiment (once per JVM, see
 * {@link ShippedExperiment}) and plays them one after the other with the local executor, the code
 * {@code encore run} plays them with, time limit included. A class of the application jar, as the executors must
 * load it by name.
 */
final class TrialTask implements Function1<Iterator<TrialPlan>, ArrayList<TrialResult>>, Serializable {

    private static final long serialVersionUID = 1L;

    private final ExperimentSpec spec;
    private final String runFiles;
    private final Duration trialTimeLimit;

    TrialTask(ExperimentSpec spec, String runFiles, Duration trialTimeLimit) {
        this.spec = spec;
        this.runFiles = runFiles;
        this.trialTimeLimit = trialTimeLimit;
    }

    @Override
    public ArrayList<TrialResult> apply(Iterator<TrialPlan> partition) {
        List<TrialPlan> plans = new ArrayList<>();
        while (partition.hasNext()) {
            plans.add(partition.next());
        }
        ArrayList<TrialResult> results = new ArrayList<>();
        try {
            new LocalTrialExecutor(new TrialThreads(), new SimpleMeterRegistry()).execute(
                    ShippedExperiment.of(spec, runFiles), plans,
                    // one thread: Spark gives each task a core; no output folder: the driver writes the reports
                    new RunOptions(Path.of("."), 1, false, trialTimeLimit), new TrialExecutor.Results() {
                        @Override
                        public void save(TrialResult result) {
                            // the driver saves it when it arrives
                        }

                        @Override
                        public void finished(TrialResult result) {
                            results.add(result);
                        }
                    });
        } catch (InterruptedException e) {
            // Spark interrupts a task it cancels: the results are not wanted
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cancelled", e);
        }
        return results;
    }
}
