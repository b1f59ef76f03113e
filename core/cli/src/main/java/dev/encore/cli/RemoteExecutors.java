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
