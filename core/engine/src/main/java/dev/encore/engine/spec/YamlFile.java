package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML file read with SnakeYAML's safe loading (plain values only: no object is ever instantiated from a tag),
 * composed into nodes that keep their line and column.
 */
final class YamlFile {

    private final String display;
    private final ScalarConstructor constructor = new ScalarConstructor(new LoaderOptions());

    private YamlFile(String display) {
        this.display = display;
    }

    /**
     * Reads a file's single document; an empty file reads as an empty map.
     *
     * @param file the file, shown in messages as given
     * @param path the key path its root stands for: empty for a spec, {@code environment} for a named environment
     * @param problems where a key given twice in a map is reported
     * @throws UserError when the file cannot be read or is not YAML: where, and what was expected
     */
    static SpecNode read(Path file, String path, Problems problems) {
        YamlFile yaml = new YamlFile(file.toString());
        String text = yaml.readText(file);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new UserError(yaml.parseProblem(e));
        } catch (YAMLException e) {
            throw new UserError(new Problem(Problem.Location.source(yaml.display), "not valid YAML: " + e.getMessage(),
                    ""));
        }
        if (root == null) {
            root = new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.AUTO);
        }
        yaml.reportKeysGivenTwice(root, path, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new SpecNode(yaml, root, path);
    }

    /** A key given twice would otherwise be dropped silently (the last one wins): each is reported. */
    private void reportKeysGivenTwice(Node node, String path, Problems problems, Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> first = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String keyPath = path.isEmpty() ? key : path + "." + key;
                Node earlier = first.putIfAbsent(key, tuple.getKeyNode());
                if (earlier != null && !tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                    problems.at(new SpecNode(this, tuple.getKeyNode(), keyPath),
                            "given twice (first at " + new SpecNode(this, earlier, keyPath).where() + ")");
                }
                reportKeysGivenTwice(tuple.getValueNode(), keyPath, problems, visited);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                reportKeysGivenTwice(items.get(i), path + "[" + i + "]", problems, visited);
            }
        }
    }

    String display() {
        return display;
    }

    Object construct(ScalarNode node) {
        try {
            return constructor.scalar(node);
        } catch (YAMLException e) {
            return node.getValue();
        }
    }

    void flattenMerges(MappingNode node) {
        constructor.flatten(node);
    }

    private String readText(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UserError(new Problem(Problem.Location.source(display), "no such file", ""));
        } catch (CharacterCodingException e) {
            throw new UserError(new Problem(Problem.Location.source(display), "not UTF-8 text", ""));
        } catch (IOException e) {
            throw new UserError(new Problem(Problem.Location.source(display), "cannot be read: " + e.getMessage(),
                    ""), e);
        }
    }

    /** {@code file:line:column: not valid YAML: <what was expected> (while parsing ... at line n)}. */
    private Problem parseProblem(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Problem.Location location = mark == null ? Problem.Location.source(display)
                : new Problem.Location(display, mark.getLine() + 1, mark.getColumn() + 1, "");
        StringBuilder message = new StringBuilder("not valid YAML: ")
                .append(e.getProblem() != null ? e.getProblem() : e.getContext());
        if (e.getProblem() != null && e.getContext() != null) {
            message.append(" (").append(e.getContext());
            if (e.getContextMark() != null) {
                message.append(" at line ").append(e.getContextMark().getLine() + 1);
            }
            message.append(')');
        }
        return new Problem(location, message.toString(), "");
    }

    /** SnakeYAML's safe constructor, opened up to build single scalars and to resolve merge keys ({@code <<}). */
    private static final class ScalarConstructor extends SafeConstructor {

        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object scalar(ScalarNode node) {
            return constructObject(node);
        }

        void flatten(MappingNode node) {
            flattenMapping(node);
        }
    }
}
