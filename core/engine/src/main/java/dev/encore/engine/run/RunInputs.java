package dev.encore.engine.run;

import dev.encore.engine.Sha256;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ResolvedSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What made a run's trials, recorded beside them ({@code trials/inputs.txt}) so that a run resuming them can say
 * what changed: each top-level part of the resolved spec (episodes, steps, the environment's settings, the agents,
 * ...; with sweeps, every value of every sweep), the bytes of every file the environment's settings name (a listening
 * log, each one of a swept setting) and of every plugin jar the agents came from. One line per input,
 * {@code VALUE  INPUT} as {@code sha256sum} writes: a number or a word as it is, anything else as its SHA-256.
 */
final class RunInputs {

    static final String FILE = "inputs.txt";

    private static final String HEADER = "# What made the trials beside this file: they are resumed only while every"
            + " line still holds.";
    private static final String SEPARATOR = "  ";
    private static final String SPEC = "spec ";
    private static final String SOURCE = "file ";
    private static final String PLUGIN = "plugin ";
    private static final String DIGEST = "sha256:";
    /** Values written as they are: short enough to read, and never holding the separator. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /** Input to its value, in the order written. */
    private final Map<String, String> values;

    private RunInputs(Map<String, String> values) {
        this.values = values;
    }

    /** The inputs of a run of {@code experiment}, files and jars read now. */
    static RunInputs of(Experiment experiment) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Object> spec = new Yaml().load(ResolvedSpec.yaml(experiment));
        spec.forEach((key, value) -> values.put(SPEC + key, describe(value)));
        for (Path source : files(experiment)) {
            values.put(SOURCE + source, digest(source));
        }
        Set<Plugin> plugins = new LinkedHashSet<>();
        for (AgentChoice choice : experiment.agents()) {
            plugins.add(choice.agent().plugin());
        }
        for (Plugin plugin : plugins) {
            for (Path jar : plugin.jars()) {
                values.put(PLUGIN + jar.toAbsolutePath().normalize(), digest(jar));
            }
        }
        return new RunInputs(values);
    }

    /**
     * The files the environment's settings name (a listening log), in every condition: the resolved spec names each
     * by its absolute path, a swept one as the list of them.
     */
    private static List<Path> files(Experiment experiment) {
        Map<String, Object> settings = experiment.spec().environment().settings();
        List<Path> files = new ArrayList<>();
        for (String setting : experiment.environment().type().files()) {
            Object value = settings.get(setting);
            for (Object file : value instanceof List<?> sweep ? sweep : Collections.singletonList(value)) {
                if (file instanceof String path && !path.isEmpty()) {
                    files.add(Path.of(path).toAbsolutePath().normalize());
                }
            }
        }
        return files;
    }

    /** The inputs recorded in {@code file}. */
    static RunInputs read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int separator = line.indexOf(SEPARATOR);
            if (!line.startsWith("#") && separator > 0) {
                values.put(line.substring(separator + SEPARATOR.length()), line.substring(0, separator));
            }
        }
        return new RunInputs(values);
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        values.forEach((input, value) -> text.append(value).append(SEPARATOR).append(input).append('\n'));
        AtomicFiles.writeString(file, text.toString());
    }

    /** What differs from the {@code recorded} inputs, one phrase each, in the order written; empty when nothing. */
    List<String> changesSince(RunInputs recorded) {
        List<String> changes = new ArrayList<>();
        recorded.values.forEach((input, before) -> {
            String now = values.get(input);
            if (now == null) {
                changes.add(name(input) + " is no longer used");
            } else if (!now.equals(before)) {
                changes.add(name(input) + " changed" + (before.startsWith(DIGEST) || now.startsWith(DIGEST) ? ""
                        : " from " + before + " to " + now));
            }
        });
        values.keySet().stream().filter(input -> !recorded.values.containsKey(input))
                .forEach(input -> changes.add(name(input) + " is new"));
        return changes;
    }

    /** {@code episodes}, {@code the environment}, {@code the file /x/log.csv}, {@code the plugin jar /x/a.jar}. */
    private static String name(String input) {
        if (input.startsWith(SPEC)) {
            String key = input.substring(SPEC.length());
            return Set.of("name", "seed", "episodes", "steps", "slate").contains(key) ? key : "the spec's " + key;
        }
        return input.startsWith(SOURCE) ? "the file " + input.substring(SOURCE.length())
                : input.startsWith(PLUGIN) ? "the plugin jar " + input.substring(PLUGIN.length())
                : input;
    }

    private static String describe(Object value) {
        String text = value instanceof Map || value instanceof List ? new Yaml().dump(value) : String.valueOf(value);
        return PLAIN.matcher(text).matches() ? text
                : DIGEST + Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(Path file) {
        try {
            return DIGEST + Sha256.of(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
