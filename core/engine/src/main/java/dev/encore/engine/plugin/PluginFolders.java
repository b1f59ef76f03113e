package dev.encore.engine.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where plugins are looked for by default: the distribution's {@code plugins/} folder. */
public final class PluginFolders {

    /** The system property the launcher sets to the distribution's folder. */
    public static final String HOME_PROPERTY = "encore.home";

    private PluginFolders() {
    }

    /** {@code <encore.home>/plugins}, or empty when Encore does not run from a distribution. */
    public static Optional<Path> distribution() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, "plugins"));
    }

    /** The distribution's plugin folder (when there is one) followed by {@code extra}: what to load, in order. */
    public static List<Path> withDistribution(List<Path> extra) {
        List<Path> all = new ArrayList<>();
        distribution().ifPresent(all::add);
        all.addAll(extra);
        return List.copyOf(all);
    }
}
