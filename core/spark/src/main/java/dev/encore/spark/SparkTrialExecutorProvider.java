package dev.encore.spark;

import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialExecutorProvider;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plays trials on Spark for {@code encore run --master URL}, URL being one of Spark's master URLs; without
 * {@code --master}, on the master {@code spark-submit} was given, which it sets as the {@code spark.master} system
 * property of the driver's JVM.
 */
public final class SparkTrialExecutorProvider implements TrialExecutorProvider {

    /** The system property that names Spark's master, as {@code spark-submit} sets it and Spark reads it. */
    static final String MASTER_PROPERTY = "spark.master";

    private static final Pattern MASTER =
            Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?|spark://.+|yarn|k8s://.+");

    @Override
    public Optional<TrialExecutor> executor(String master) {
        return MASTER.matcher(master).matches() ? Optional.of(new SparkTrialExecutor(master)) : Optional.empty();
    }

    @Override
    public Optional<DefaultMaster> defaultMaster() {
        String master = System.getProperty(MASTER_PROPERTY);
        return master == null || master.isBlank() ? Optional.empty()
                : Optional.of(new DefaultMaster(master.strip(), MASTER_PROPERTY));
    }

    @Override
    public String masters() {
        return "Spark's master URLs: local, local[N], local[*], spark://HOST:PORT, yarn, k8s://https://HOST:PORT";
    }
}
