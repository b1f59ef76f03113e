package dev.encore.engine.spec;

import dev.encore.engine.Suggestions;
import dev.encore.engine.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A part of a spec that is either named or written in place: {@code environment: spotify} reads
 * {@code environments/spotify.yaml} beside the spec, {@code environment: {type: embedding}} is inline.
 */
final class NamedPart {

    /** What a name (of a part, an experiment) may hold: it becomes a file or folder name. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final String EXTENSION = ".yaml";

    private NamedPart() {
    }

    /**
     * The part's map, read from its file when named, placed at the key that names it; empty when the named file is
     * missing or unreadable (the problem added).
     *
     * @param node the value of {@code environment:} or {@code rewards:}
     * @param base the spec's folder
     * @param folder the folder beside the spec that holds such parts: {@code environments}
     */
    static Optional<SpecNode> resolve(SpecNode node, Path base, String folder, Problems problems) {
        if (!node.isScalar() || node.isNull()) {
            return Optional.of(node);
        }
        String name = node.text();
        if (!NAME.matcher(name).matches()) {
            problems.at(node, node.describe() + " is not a name: allowed the name of a file in " + folder
                    + "/ (letters, digits, '.', '_', '-') or an inline map");
            return Optional.empty();
        }
        Path directory = base.resolve(folder);
        Path file = directory.resolve(name + EXTENSION);
        if (!Files.isRegularFile(file)) {
            List<String> available = available(directory);
            problems.at(node, file + " not found: " + (available.isEmpty()
                    ? "there is no " + EXTENSION + " file in " + directory
                    : "available " + String.join(", ", available) + "." + Suggestions.didYouMean(name, available)));
            return Optional.empty();
        }
        try {
            return Optional.of(YamlFile.read(file, node.path(), problems));
        } catch (UserError e) {
            problems.addAll(e);
            return Optional.empty();
        }
    }

    /** The names of the parts in a folder, sorted. */
    private static List<String> available(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(EXTENSION))
                    .map(name -> name.substring(0, name.length() - EXTENSION.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
