package dev.encore.engine.run;

import dev.encore.engine.environment.Environment;
import dev.encore.engine.metrics.TrialTimers;
import dev.encore.engine.plugin.TrialAgentContext;
import dev.encore.engine.random.Seeds;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Experiment;
import dev.encore.spi.Agent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;

/**
 * Plays one trial: a fresh environment from its condition's blueprint, a fresh agent from its plugin (inside the
 * plugin's context class loader), the episode, and the result. A fault of the agent fails the trial; it does not
 * throw. Running out of memory is not the agent's fault but the run's: the {@link OutOfMemoryError} is thrown, and
 * stops the run.
 */
final class TrialPlayer {

    private final Experiment experiment;
    private final MeterRegistry registry;

    TrialPlayer(Experiment experiment, MeterRegistry registry) {
        this.experiment = experiment;
        this.registry = registry;
    }

    TrialResult play(TrialPlan plan) {
        long start = System.nanoTime();
        AgentChoice choice = experiment.agents().get(plan.agentIndex());
        try (TrialTimers timers = new TrialTimers(registry, experiment.name(), plan.condition(), plan.label(),
                plan.episode())) {
            return choice.agent().withContextLoader(() -> play(plan, choice, timers, start));
        }
    }

    private TrialResult play(TrialPlan plan, AgentChoice choice, TrialTimers timers, long start) {
        Environment environment = experiment.conditions().get(plan.condition()).blueprint().create();
        Agent agent;
        try {
            agent = choice.agent().create(new TrialAgentContext(choice.parameters(),
                    Seeds.agentGenerator(experiment.seed(), plan.label(), plan.episode()), experiment.slate(),
                    environment.users(), environment.items(), environment.featureLayout(),
                    OptionalLong.of(experiment.steps().resolve(environment, experiment.slate()))));
        } catch (RuntimeException | Error e) {
            throwIfOutOfMemory(e);
            TrialFault fault = new TrialFault(TrialFault.Call.CREATE, 0, e);
            return TrialResult.failed(plan, fault.getMessage(), 0, System.nanoTime() - start, timers.latencies());
        }
        Trial trial = new Trial(environment, agent, experiment.slate(), timers);
        try {
            RegretTrace trace = trial.run(plan.environmentSeed(), experiment.steps(), experiment.points());
            return TrialResult.ok(plan, trace, System.nanoTime() - start, timers.latencies());
        } catch (TrialFault fault) {
            throwIfOutOfMemory(fault.getCause());
            return TrialResult.failed(plan, fault.getMessage(), fault.step() - 1, System.nanoTime() - start,
                    timers.latencies());
        }
    }

    private static void throwIfOutOfMemory(Throwable e) {
        if (e instanceof OutOfMemoryError outOfMemory) {
            throw outOfMemory;
        }
    }
}
