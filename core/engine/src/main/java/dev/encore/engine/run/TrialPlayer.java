package dev.encore.engine.run;

import dev.encore.engine.environment.Environment;
import dev.encore.engine.environment.EnvironmentBlueprint;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.Experiment;
import dev.encore.spi.Agent;
import java.util.OptionalLong;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Plays one trial: a fresh environment from the blueprint, a fresh agent from its plugin (inside the plugin's
 * context class loader), the episode, and the result. A fault of the agent fails the trial; it does not throw.
 */
final class TrialPlayer {

    private final Experiment experiment;
    private final EnvironmentBlueprint blueprint;
    private final MeterRegistry registry;

    TrialPlayer(Experiment experiment, EnvironmentBlueprint blueprint, MeterRegistry registry) {
        this.experiment = experiment;
        this.blueprint = blueprint;
        this.registry = registry;
    }

    /** The context an agent of {@code plan} is created with, to play {@code environment}. */
    static TrialAgentContext context(Experiment experiment, Environment environment, TrialPlan plan) {
        return new TrialAgentContext(plan.choice().parameters(),
                Seeds.agentGenerator(experiment.seed(), plan.label(), plan.episode()), experiment.slate(),
                environment.users(), environment.items(), environment.featureLayout(),
                OptionalLong.of(experiment.steps().resolve(environment, experiment.slate())));
    }

    TrialResult play(TrialPlan plan) {
        long start = System.nanoTime();
        try (TrialTimers timers = new TrialTimers(registry, experiment.name(), plan.label(), plan.episode())) {
            return plan.choice().agent().withContextLoader(() -> play(plan, timers, start));
        }
    }

    private TrialResult play(TrialPlan plan, TrialTimers timers, long start) {
        var environment = blueprint.create();
        Agent agent;
        try {
            agent = plan.choice().agent().create(context(experiment, environment, plan));
        } catch (RuntimeException | Error e) {
            TrialFault fault = new TrialFault(TrialFault.Call.CREATE, 0, e);
            return TrialResult.failed(plan, fault.getMessage(), 0, System.nanoTime() - start, timers.latencies());
        }
        Trial trial = new Trial(environment, agent, experiment.slate(), timers);
        try {
            RegretTrace trace = trial.run(plan.environmentSeed(), experiment.steps(), experiment.points());
            return TrialResult.ok(plan, trace, System.nanoTime() - start, timers.latencies());
        } catch (TrialFault fault) {
            return TrialResult.failed(plan, fault.getMessage(), fault.step() - 1, System.nanoTime() - start,
                    timers.latencies());
        }
    }
}
