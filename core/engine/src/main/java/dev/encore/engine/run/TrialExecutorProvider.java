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

    /**
     * The master to play on when the command names none: the one the engine's own launcher gave this JVM (as
     * {@code spark-submit --master} does), so that a user need not name it twice; empty: this machine's threads.
     */
    default Optional<DefaultMaster> defaultMaster() {
        return Optional.empty();
    }

    /**
     * A master found in the JVM rather than on the command line.
     *
     * @param url the master
     * @param source where it was found, for the person running to see, such as {@code spark.master}
     */
    record DefaultMaster(String url, String source) {
    }
}
