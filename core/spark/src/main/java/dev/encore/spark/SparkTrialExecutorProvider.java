package dev.encore.spark;

import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialExecutorProvider;
import java.util.Optional;
import java.util.regex.Pattern;

/** Plays trials on Spark for {@code encore run --master URL}, URL being one of Spark's master URLs. */
public final class SparkTrialExecutorProvider implements TrialExecutorProvider {

    private static final Pattern MASTER =
            Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?|spark://.+|yarn|k8s://.+");

    @Override
    public Optional<TrialExecutor> executor(String master) {
        return MASTER.matcher(master).matches() ? Optional.of(new SparkTrialExecutor(master)) : Optional.empty();
    }

    @Override
    public String masters() {
        return "Spark's master URLs: local, local[N], local[*], spark://HOST:PORT, yarn, k8s://https://HOST:PORT";
    }
}
