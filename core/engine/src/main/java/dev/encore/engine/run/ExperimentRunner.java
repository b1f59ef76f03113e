package dev.encore.engine.run;

import dev.encore.engine.UserError;
import dev.encore.engine.environment.Environment;
import dev.encore.engine.environment.EnvironmentBlueprint;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Experiment;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Runs an experiment: every trial (agent x episode) on a pool of threads, each saved as it finishes, then the
 * reports. Everything that can be checked is checked before the first trial: the output folder, the environment's
 * settings, and every agent, created once with its parameters. Trials already saved by an interrupted run of the
 * same spec are reused. Results are merged in (agent, episode) order, so the reports do not depend on the number
 * of threads.
 */
public final class ExperimentRunner {

    private final TrialThreads threads;
    private final MeterRegistry registry;
    private final Set<ReportWriter> writers;

    @Inject
    public ExperimentRunner(TrialThreads threads, MeterRegistry registry, Set<ReportWriter> writers) {
        this.threads = threads;
        this.registry = registry;
        this.writers = writers;
    }

    /**
     * @throws UserError when the experiment cannot start (output folder, environment, an agent refusing its
     *     parameters), when a finished trial cannot be saved, or when the run is interrupted
     */
    public RunOutcome run(Experiment experiment, RunOptions options, ProgressListener progress) {
        long start = System.nanoTime();
        OutputFolder.check(options.outputDirectory(), experiment, options.fresh());
        EnvironmentBlueprint blueprint = prepareEnvironment(experiment);
        List<TrialPlan> plans = plan(experiment);
        checkAgents(experiment, blueprint, plans);
        OutputFolder folder = OutputFolder.prepare(options.outputDirectory(), experiment, options.fresh());

        TrialStore store = new TrialStore(folder.trials());
        TrialResult[] results = new TrialResult[plans.size()];
        List<TrialPlan> toPlay = new ArrayList<>();
        for (TrialPlan plan : plans) {
            Optional<TrialResult> saved = store.load(plan);
            saved.ifPresentOrElse(result -> results[index(experiment, plan)] = result, () -> toPlay.add(plan));
        }
        ProgressCounter counter = new ProgressCounter(plans.size(), plans.size() - toPlay.size(), start, progress);
        counter.report();
        if (!toPlay.isEmpty()) {
            playAll(experiment, blueprint, options, toPlay, store, results, counter);
        }

        RunReport report = new RunReport(experiment, Arrays.asList(results), options.threads(), Instant.now(),
                Duration.ofNanos(System.nanoTime() - start));
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

    private void playAll(Experiment experiment, EnvironmentBlueprint blueprint, RunOptions options,
                         List<TrialPlan> toPlay, TrialStore store, TrialResult[] results, ProgressCounter counter) {
        TrialPlayer player = new TrialPlayer(experiment, blueprint, registry);
        ThreadPoolExecutor pool = threads.newPool(Math.min(options.threads(), toPlay.size()));
        try {
            new TrialScheduler(pool, options.trialTimeLimit()).run(toPlay, player::play,
                    result -> {
                        if (result.isOk()) {
                            store.save(result);
                        }
                    },
                    result -> {
                        results[index(experiment, result.plan())] = result;
                        counter.finished(result);
                    });
        } catch (TrialScheduler.Crash crash) {
            if (crash.getCause() instanceof UncheckedIOException io) {
                throw new UserError(io.getMessage(), io);
            }
            throw new IllegalStateException(crash.getMessage(), crash);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("Interrupted: the finished trials are saved in " + options.outputDirectory()
                    + "; run the same spec again to resume", e);
        }
    }

    /** Episode-major, so an interrupted run has every agent on its first episodes: paired comparisons. */
    private static List<TrialPlan> plan(Experiment experiment) {
        List<TrialPlan> plans = new ArrayList<>();
        for (int episode = 0; episode < experiment.episodes(); episode++) {
            for (int agent = 0; agent < experiment.agents().size(); agent++) {
                plans.add(TrialPlan.of(experiment.seed(), agent, experiment.agents().get(agent), episode));
            }
        }
        return plans;
    }

    private static int index(Experiment experiment, TrialPlan plan) {
        return plan.agentIndex() * experiment.episodes() + plan.episode();
    }

    private static EnvironmentBlueprint prepareEnvironment(Experiment experiment) {
        EnvironmentBlueprint blueprint = experiment.environment().blueprint();
        if (experiment.slate() > blueprint.items()) {
            throw new UserError("slate = " + experiment.slate() + " is out of range: allowed 1 to "
                    + blueprint.items() + " (the catalog's songs)");
        }
        return blueprint;
    }

    /** Creates every agent once, as its first episode would, so that a refused parameter stops the run now. */
    private static void checkAgents(Experiment experiment, EnvironmentBlueprint blueprint, List<TrialPlan> plans) {
        List<String> problems = new ArrayList<>();
        Environment environment = blueprint.create();
        for (TrialPlan plan : plans.subList(0, experiment.agents().size())) {
            AgentChoice choice = plan.choice();
            try {
                choice.agent().create(TrialPlayer.context(experiment, environment, plan));
            } catch (RuntimeException | Error e) {
                String reason = e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage()
                        : e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                problems.add("agents[" + plan.agentIndex() + "] '" + choice.label() + "' (" + choice.agent().name()
                        + ") cannot be created: " + reason);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
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
