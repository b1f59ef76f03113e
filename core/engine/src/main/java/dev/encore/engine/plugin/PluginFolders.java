package dev.encore.engine.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where plugins are looked for besides the places a command or a spec names: the distribution's {@code plugins/}
 * folder, which holds the built-in agents and is rebuilt with them (or, run from a jar that carries the built-in
 * agents and no distribution, such as the Spark application jar, those agents: see {@link BundledPlugins}), then the
 * user's own folder, {@code ~/.encore/plugins}, which is outside every build so that no rebuild deletes a jar dropped
 * there.
 */
public final class PluginFolders {

    /** The system property the launcher sets to the distribution's folder. */
    public static final String HOME_PROPERTY = "encore.home";

    /** The system property the launcher sets to the user's plugin folder, {@code ~/.encore/plugins}. */
    public static final String USER_PROPERTY = "encore.user.plugins";

    private PluginFolders() {
    }

    /**
     * {@code <encore.home>/plugins}; without {@code encore.home}, the folder the built-in plugins of Encore's own jar
     * are unpacked in, when it carries them; otherwise empty.
     */
    public static Optional<Path> distribution() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? BundledPlugins.folder() : Optional.of(Path.of(home, "plugins"));
    }

    /**
     * The user's plugin folder, when one is named and something was dropped into it: a folder that is missing or
     * empty is no error, since nobody need have written a plugin.
     */
    public static Optional<Path> user() {
        String folder = System.getProperty(USER_PROPERTY);
        return folder == null || folder.isBlank() || !holdsSomething(Path.of(folder))
                ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** The distribution's folder and the user's, where there are, followed by {@code extra}: what to load, in order. */
    public static List<Path> withDefaults(List<Path> extra) {
        List<Path> all = new ArrayList<>();
        distribution().ifPresent(all::add);
        user().ifPresent(all::add);
        all.addAll(extra);
        return List.copyOf(all);
    }

    private static boolean holdsSomething(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> !entry.getFileName().toString().startsWith("."));
        } catch (IOException | UncheckedIOException e) {
            return true; // the loader reports why it cannot be read
        }
    }
}
