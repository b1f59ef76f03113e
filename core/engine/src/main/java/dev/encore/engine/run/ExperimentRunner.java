package dev.encore.engine.run;

import dev.encore.engine.HeapSize;
import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a resolved experiment (its environments prepared, every agent created once): turns it into trial plans
 * (every agent variant in every condition on every episode), hands those not saved by an interrupted run of the same
 * spec to the {@link TrialExecutor}, saves each result as it comes, then writes the reports. The output folder is
 * checked before anything else. A saved trial whose file is damaged is played again, with a warning. The
 * environment's warnings (of every condition) and the run's go to the progress listener and into the reports.
 * Results are merged in (condition, agent, episode) order, so the reports do not depend on the number of threads.
 */
public final class ExperimentRunner {

    private final TrialExecutor executor;
    private final Set<ReportWriter> writers;

    @Inject
    public ExperimentRunner(TrialExecutor executor, Set<ReportWriter> writers) {
        this.executor = executor;
        this.writers = writers;
    }

    /**
     * @throws UserError when the run cannot start ({@link #check}), when a finished trial cannot be saved, when a
     *     trial runs out of memory, or when the run is interrupted
     */
    public RunOutcome run(Experiment experiment, RunOptions options, ProgressListener progress) {
        long start = System.nanoTime();
        check(experiment, options);
        List<TrialPlan> plans = plan(experiment);
        try (OutputFolder folder = OutputFolder.prepare(options.outputDirectory(), experiment, options.fresh())) {
            return playAndReport(experiment, options, progress, start, plans, folder);
        }
    }

    /**
     * Everything {@link #run} checks before its first trial, changing nothing: what {@code validate} checks once the
     * experiment is resolved (its environments prepared, its agents created once). These checks need the run's
     * options and the output folder, which only this machine has: they stay here, whichever executor plays the
     * trials.
     *
     * @throws UserError when the experiment cannot start: the output folder cannot be written, holds trials made
     *     from other inputs or is in use by another run; the trials cannot fit in the heap the JVM may use
     */
    public void check(Experiment experiment, RunOptions options) {
        OutputFolder.check(options.outputDirectory(), experiment, options.fresh());
        MemoryEstimate.check(experiment, executor.trialsAtOnceHere(options), HeapSize.max());
    }

    private RunOutcome playAndReport(Experiment experiment, RunOptions options, ProgressListener progress, long start,
                                     List<TrialPlan> plans, OutputFolder folder) {
        List<String> warnings = new ArrayList<>();
        Consumer<String> warn = warning -> {
            warnings.add(warning);
            progress.warned(warning);
        };
        experiment.warnings().forEach(warn);
        TrialStore store = new TrialStore(folder.trials(), experiment.conditions().size() > 1);
        TrialResult[] results = new TrialResult[plans.size()];
        List<TrialPlan> toPlay = new ArrayList<>();
        for (TrialPlan plan : plans) {
            Optional<TrialResult> saved = store.load(plan, warn);
            saved.ifPresentOrElse(result -> results[index(experiment, plan)] = result, () -> toPlay.add(plan));
        }
        ProgressCounter counter = new ProgressCounter(plans.size(), plans.size() - toPlay.size(), start, progress);
        counter.report();
        if (!toPlay.isEmpty()) {
            playAll(experiment, options, toPlay, store, results, counter);
        }

        RunReport report = new RunReport(experiment, Arrays.asList(results), options.threads(), Instant.now(),
                Duration.ofNanos(System.nanoTime() - start), warnings);
        for (ReportWriter writer : writers) {
            try {
                writer.write(report, folder.path());
            } catch (IOException e) {
                throw new UserError(folder.path() + " cannot be written: " + OutputFolder.describe(e), e);
            }
        }
        return new RunOutcome(folder.path(), plans.size(), counter.failed, counter.resumed,
                Duration.ofNanos(System.nanoTime() - start), report);
    }

    private void playAll(Experiment experiment, RunOptions options, List<TrialPlan> toPlay, TrialStore store,
                         TrialResult[] results, ProgressCounter counter) {
        try {
            executor.execute(experiment, toPlay, options, new TrialExecutor.Results() {
                @Override
                public void save(TrialResult result) {
                    if (result.isOk()) {
                        store.save(result);
                    }
                }

                @Override
                public void finished(TrialResult result) {
                    results[index(experiment, result.plan())] = result;
                    counter.finished(result);
                }
            });
        } catch (TrialOutOfMemoryException outOfMemory) {
            throw new UserError(outOfMemory(outOfMemory.plan(), results, options), outOfMemory.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted: the finished trials are saved in " + options.outputDirectory()
                    + "; run the same spec again to resume", e);
        }
    }

    /** Why the run stopped, how to give it more memory, and that the finished trials are kept. */
    private static String outOfMemory(TrialPlan plan, TrialResult[] results, RunOptions options) {
        long saved = Arrays.stream(results).filter(result -> result != null && result.isOk()).count();
        long max = HeapSize.max();
        return "trial '" + plan.label() + "' episode " + plan.episode() + " ran out of memory: the JVM may use "
                + HeapSize.human(max) + "; raise it with " + HeapSize.javaOpts(2 * max)
                + (options.threads() > 1 ? ", or play fewer trials at once with --threads " + options.threads() / 2
                : "") + ". The " + saved + (saved == 1 ? " trial" : " trials") + " that finished are saved in "
                + options.outputDirectory() + ": run the same command again to resume";
    }

    /**
     * Episode-major, so an interrupted run has every agent on its first episodes (paired comparisons); within an
     * episode, condition by condition, agent by agent.
     */
    private static List<TrialPlan> plan(Experiment experiment) {
        List<TrialPlan> plans = new ArrayList<>();
        for (int episode = 0; episode < experiment.episodes(); episode++) {
            for (int condition = 0; condition < experiment.conditions().size(); condition++) {
                for (int agent = 0; agent < experiment.agents().size(); agent++) {
                    plans.add(TrialPlan.of(experiment.seed(), condition, agent, experiment.agents().get(agent),
                            episode));
                }
            }
        }
        return plans;
    }

    /** Where a result goes among every result: by condition, then agent, then episode. */
    private static int index(Experiment experiment, TrialPlan plan) {
        return (plan.condition() * experiment.agents().size() + plan.agentIndex()) * experiment.episodes()
                + plan.episode();
    }

    /** Counts finished trials and tells the listener. */
    private static final class ProgressCounter {

        private final int total;
        private final int resumed;
        private final long start;
        private final ProgressListener listener;
        private int done;
        private int failed;
        private long steps;

        ProgressCounter(int total, int resumed, long start, ProgressListener listener) {
            this.total = total;
            this.resumed = resumed;
            this.done = resumed;
            this.start = start;
            this.listener = listener;
        }

        void finished(TrialResult result) {
            done++;
            if (!result.isOk()) {
                failed++;
            }
            steps += Math.max(result.steps(), 0);
            report();
        }

        void report() {
            listener.progressed(new RunProgress(done, total, failed, resumed, steps,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
