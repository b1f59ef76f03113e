package dev.encore.engine.spec;

import dev.encore.engine.Problem;
import dev.encore.engine.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node with the file it was read from and its key path in the experiment ({@code agents[2].epsilon}), so
 * that every problem found in it can say where it is.
 */
final class SpecNode {

    private final YamlFile file;
    private final Node node;
    private final String path;

    SpecNode(YamlFile file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /** {@code file:line:column} of the node's first character. */
    String where() {
        Problem.Location location = location();
        return location.source() + ":" + location.line() + ":" + location.column();
    }

    /** The file, line and column of the node's first character, and its key path. */
    Problem.Location location() {
        Mark mark = node.getStartMark();
        return mark == null ? new Problem.Location(file.display(), 1, 1, path)
                : new Problem.Location(file.display(), mark.getLine() + 1, mark.getColumn() + 1, path);
    }

    /** The key path, such as {@code agents[2].epsilon}; empty for a file's root. */
    String path() {
        return path;
    }

    boolean isMap() {
        return node.getNodeId() == NodeId.mapping;
    }

    boolean isList() {
        return node.getNodeId() == NodeId.sequence;
    }

    boolean isScalar() {
        return node.getNodeId() == NodeId.scalar;
    }

    /** A scalar that is YAML's null: {@code key:} with nothing after it, or {@code ~}. */
    boolean isNull() {
        return isScalar() && value() == null;
    }

    /**
     * A scalar's value as SnakeYAML's safe constructor reads it: Integer, Long, BigInteger, Double, Boolean, String or
     * null. A value with a tag safe loading refuses is returned as written.
     */
    Object value() {
        return file.construct((ScalarNode) node);
    }

    /** A scalar exactly as written in the file, whatever its type. */
    String text() {
        return ((ScalarNode) node).getValue();
    }

    /** How the value reads in a message: a scalar as written (quoted when text), else its kind. */
    String describe() {
        if (isMap()) {
            return "a map";
        }
        if (isList()) {
            return "a list";
        }
        Object value = value();
        return value instanceof String ? "'" + text() + "'" : text();
    }

    /** A list's items, each with its index in the path. */
    List<SpecNode> items() {
        List<SpecNode> items = new ArrayList<>();
        List<Node> values = ((SequenceNode) node).getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new SpecNode(file, values.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    /** A map's entries, keys as written, in file order, merge keys ({@code <<}) resolved. */
    List<Entry> entries() {
        MappingNode mapping = (MappingNode) node;
        file.flattenMerges(mapping);
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            entries.add(new Entry(key, new SpecNode(file, keyNode, child(key)),
                    new SpecNode(file, tuple.getValueNode(), child(key))));
        }
        return entries;
    }

    /**
     * A map's values by key, keeping only the allowed keys: an unknown key is a problem, with the nearest allowed one
     * suggested. (A key given twice was reported when the file was read.)
     */
    Map<String, SpecNode> fields(Collection<String> allowed, Problems problems) {
        Map<String, SpecNode> fields = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            if (!allowed.contains(entry.key())) {
                String known = allowed.isEmpty() ? "none" : String.join(", ", allowed);
                problems.at(entry.keyNode(), "unknown key: allowed " + known + "."
                        + Suggestions.didYouMean(entry.key(), allowed));
            } else {
                fields.put(entry.key(), entry.value());
            }
        }
        return fields;
    }

    /** The path of a key of this map. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** This node, placed at another path: a named file's root stands at the key that named it. */
    SpecNode at(String newPath) {
        return new SpecNode(file, node, newPath);
    }

    /**
     * One key and value of a map.
     *
     * @param key the key as written
     * @param keyNode where the key is (an unknown key is reported there)
     * @param value the value
     */
    record Entry(String key, SpecNode keyNode, SpecNode value) {
    }
}
