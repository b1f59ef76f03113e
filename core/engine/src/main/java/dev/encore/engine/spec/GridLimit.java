package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The guard against a sweep that asks for far more trials than meant (a long list pasted twice, one sweep too many):
 * a grid of more trials than allowed is refused before anything is prepared, with how its size was computed.
 */
final class GridLimit {

    private GridLimit() {
    }

    /**
     * @param file the spec's file, which the problem names
     * @throws UserError when the spec asks for more than {@code maxTrials} trials
     */
    static void check(ExperimentSpec spec, long maxTrials, Path file) {
        long trials = Grid.count(spec);
        if (trials <= maxTrials) {
            return;
        }
        long conditions = Grid.combinationCount(spec.environment().settings());
        long agents = Grid.variantCount(spec);
        String message = "the sweeps make " + count(trials) + " trials = " + conditions
                + (conditions == 1 ? " condition" : " conditions") + conditionSweeps(spec.environment()) + " x "
                + agents + (agents == 1 ? " agent" : " agents") + agentSweeps(spec.agents()) + " x "
                + spec.episodes() + (spec.episodes() == 1 ? " episode" : " episodes");
        throw new UserError(new Problem(Problem.Location.source(file.toString()), message, "at most " + maxTrials
                + " trials: sweep fewer values, or raise the limit with --max-trials " + count(trials)));
    }

    private static String count(long trials) {
        return trials == Long.MAX_VALUE ? "more than " + (Long.MAX_VALUE - 1) : Long.toString(trials);
    }

    /** {@code  (environment.items 3 x environment.users 2)}; empty when nothing is swept. */
    private static String conditionSweeps(EnvironmentSpec environment) {
        List<String> sweeps = sweeps(environment.settings(), "environment.");
        return sweeps.isEmpty() ? "" : " (" + String.join(" x ", sweeps) + ")";
    }

    /** {@code  (agents[0] alpha 4 x lambda 10, and 2 without sweeps)}; empty when nothing is swept. */
    private static String agentSweeps(List<AgentSpec> agents) {
        List<String> parts = new ArrayList<>();
        int plain = 0;
        for (int i = 0; i < agents.size(); i++) {
            List<String> sweeps = sweeps(agents.get(i).parameters(), "");
            if (sweeps.isEmpty()) {
                plain++;
            } else {
                parts.add("agents[" + i + "] " + String.join(" x ", sweeps));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        if (plain > 0) {
            parts.add("and " + plain + " without sweeps");
        }
        return " (" + String.join(", ", parts) + ")";
    }

    private static List<String> sweeps(Map<String, Object> values, String prefix) {
        List<String> sweeps = new ArrayList<>();
        values.forEach((name, value) -> {
            if (SpecValues.isSweep(value)) {
                sweeps.add(prefix + name + " " + SpecValues.values(value).size());
            }
        });
        return sweeps;
    }
}
