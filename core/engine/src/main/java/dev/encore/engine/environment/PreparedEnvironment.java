package dev.encore.engine.environment;

import dev.encore.spi.FeatureLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The blueprint an environment type returns: the catalog's sizes, the warnings of its preparation, the heap a trial's
 * environment needs, and how a trial gets its own environment.
 *
 * @param users listeners in the catalog
 * @param items songs in the catalog
 * @param featureLayout what each column of a candidate's feature vector means
 * @param warnings what a person should see before the run, one line each
 * @param memory the heap one trial's environment needs
 * @param factory makes one environment for one trial
 */
record PreparedEnvironment(int users, int items, FeatureLayout featureLayout, List<String> warnings,
                           TrialMemory memory, Supplier<Environment> factory) implements EnvironmentBlueprint {

    PreparedEnvironment {
        warnings = List.copyOf(warnings);
    }

    @Override
    public Environment create() {
        return factory.get();
    }

    @Override
    public long trialBytes(long steps, int slate) {
        return memory.bytes(steps, slate);
    }
}
