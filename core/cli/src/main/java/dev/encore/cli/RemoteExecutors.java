package dev.encore.cli;

import dev.encore.engine.UserError;
import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialExecutorProvider;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the executor for {@code --master} among the {@link TrialExecutorProvider}s on the class path, so that the
 * command runs on a cluster only when a module that knows one (Encore on Spark) is there, without depending on it.
 * Without {@code --master}, a provider's default master (the one {@code spark-submit} was given) is used.
 */
final class RemoteExecutors {

    private final List<TrialExecutorProvider> providers;

    RemoteExecutors(List<TrialExecutorProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers of the class path that loaded Encore. */
    static RemoteExecutors onClassPath() {
        return new RemoteExecutors(ServiceLoader.load(TrialExecutorProvider.class,
                RemoteExecutors.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** Where a run's trials play when not on this machine's threads: the executor, and the place in words. */
    record Remote(TrialExecutor executor, String where) {
    }

    /**
     * Where {@code encore run} plays its trials: on {@code named} (its {@code --master}) when given, else on the
     * first default master a provider finds, else empty: on this machine's threads.
     *
     * @param named the master the command names, or null
     * @throws UserError when no provider is on the class path or knows the master named, or a default master is not
     *     one its provider knows
     */
    Optional<Remote> forRun(String named) {
        if (named != null) {
            return Optional.of(new Remote(forMaster(named), named));
        }
        for (TrialExecutorProvider provider : providers) {
            Optional<TrialExecutorProvider.DefaultMaster> found = provider.defaultMaster();
            if (found.isPresent()) {
                TrialExecutorProvider.DefaultMaster master = found.get();
                TrialExecutor executor = provider.executor(master.url()).orElseThrow(() -> new UserError(
                        "the master " + master.url() + " of " + master.source() + " is not allowed: allowed "
                                + provider.masters() + "; or name one with --master"));
                return Optional.of(new Remote(executor, master.url() + " (" + master.source() + ")"));
            }
        }
        return Optional.empty();
    }

    /** @throws UserError when no provider is on the class path, or none knows the master's form */
    TrialExecutor forMaster(String master) {
        if (providers.isEmpty()) {
            throw new UserError("--master " + master + ": this Encore cannot run on a cluster, because Encore on Spark"
                    + " is not on its class path: submit the application jar encore-spark-*-app.jar with"
                    + " spark-submit (see docs/spark.md)");
        }
        for (TrialExecutorProvider provider : providers) {
            Optional<TrialExecutor> executor = provider.executor(master);
            if (executor.isPresent()) {
                return executor.get();
            }
        }
        throw new UserError("--master " + master + " is not allowed: allowed "
                + String.join(", ", providers.stream().map(TrialExecutorProvider::masters).toList()));
    }
}
