package dev.encore.engine.report;

import dev.encore.engine.metrics.TrialLatencies;
import dev.encore.engine.run.Curve;
import dev.encore.engine.run.RunReport;
import dev.encore.engine.run.TrialPlan;
import dev.encore.engine.run.TrialResult;
import dev.encore.engine.run.TrialStatus;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.TestAgents;
import dev.encore.engine.testing.TestExperiments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs made up in code, for the report alone: each agent's final regret per episode is given, a failed trial is
 * written as a reason instead of a number. Curves have two points, at steps 50 and 100.
 */
final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** How one trial went: a {@link Double} final regret, or a {@link String} reason it failed. */
    @FunctionalInterface
    interface Trials {
        Object of(int row, int episode);
    }

    /** One row per agent: a {@link Double} final regret or a {@link String} reason for each episode. */
    static RunReport run(String name, List<String> labels, List<List<Object>> trials) {
        int episodes = trials.get(0).size();
        Experiment experiment = TestExperiments.experiment(name, 7, episodes, 100, 2, labels.stream()
                .map(label -> TestExperiments.agent(label, TestAgents.first())).toList());
        return run(experiment, (row, episode) -> trials.get(row).get(episode));
    }

    /**
     * A run of {@code experiment}, sweeps and all: the trial of each row of the report (see {@link RunReport#rows()})
     * on each episode goes as {@code trials} says.
     */
    static RunReport run(Experiment experiment, Trials trials) {
        List<AgentChoice> agents = experiment.agents();
        List<TrialResult> results = new ArrayList<>();
        for (int condition = 0; condition < experiment.conditions().size(); condition++) {
            for (int a = 0; a < agents.size(); a++) {
                for (int e = 0; e < experiment.episodes(); e++) {
                    TrialPlan plan = TrialPlan.of(experiment.seed(), condition, a, agents.get(a), e);
                    Object trial = trials.of(condition * agents.size() + a, e);
                    if (trial instanceof Double regret) {
                        results.add(new TrialResult(plan, TrialStatus.OK, "", 100, regret, 300 - regret, 1_000_000,
                                new Curve(new long[] {50, 100}, new double[] {regret * 0.6, regret},
                                        new double[] {150 - regret * 0.6, 300 - regret}), TrialLatencies.NONE));
                    } else {
                        results.add(TrialResult.failed(plan, (String) trial, 10, 1_000_000, TrialLatencies.NONE));
                    }
                }
            }
        }
        return new RunReport(experiment, results, 1, Instant.parse("2026-01-02T03:04:05Z"), Duration.ofSeconds(3),
                List.of());
    }
}
