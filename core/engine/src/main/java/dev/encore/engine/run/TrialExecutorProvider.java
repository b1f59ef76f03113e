package dev.encore.engine.run;

import java.util.Optional;

/**
 * Makes a {@link TrialExecutor} that plays trials somewhere other than this machine's threads, such as a Spark
 * cluster, named by a master URL ({@code encore run --master URL}). Providers are found with
 * {@link java.util.ServiceLoader}, so that the command does not depend on the engines they use: a provider is there
 * when its module is on the class path.
 */
public interface TrialExecutorProvider {

    /** The executor that plays trials on {@code master}, or empty when this provider does not know its form. */
    Optional<TrialExecutor> executor(String master);

    /** The master URLs it knows, for an error message: such as {@code local[N], spark://HOST:PORT}. */
    String masters();
}
