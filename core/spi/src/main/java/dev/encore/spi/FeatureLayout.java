package dev.encore.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The meaning of each column of a candidate's feature vector: a name and a {@link FeatureRole}. Immutable.
 *
 * <p>Agents that treat every column alike can ignore it; agents that model listeners and songs apart (interaction
 * features, per-listener models) read which columns are which here, once, when they are created.
 */
public final class FeatureLayout {

    private final String[] names;
    private final FeatureRole[] roles;

    private FeatureLayout(String[] names, FeatureRole[] roles) {
        this.names = names;
        this.roles = roles;
    }

    /** A layout from parallel lists of column names and roles. */
    public static FeatureLayout of(List<String> names, List<FeatureRole> roles) {
        if (names.size() != roles.size()) {
            throw new IllegalArgumentException(
                    names.size() + " column names but " + roles.size() + " roles: give one role per column");
        }
        String[] nameArray = names.toArray(String[]::new);
        FeatureRole[] roleArray = roles.toArray(FeatureRole[]::new);
        for (int column = 0; column < nameArray.length; column++) {
            Objects.requireNonNull(nameArray[column], "name of column " + column);
            Objects.requireNonNull(roleArray[column], "role of column " + column);
        }
        return new FeatureLayout(nameArray, roleArray);
    }

    /** {@code dimension} columns of unknown meaning: all {@link FeatureRole#CONTEXT}, named {@code feature-1} on. */
    public static FeatureLayout unnamed(int dimension) {
        return builder().context("feature", dimension).build();
    }

    /** Builds a layout column by column, in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of columns: the length of every candidate's feature vector. */
    public int dimension() {
        return names.length;
    }

    /** The name of column {@code column}, such as {@code listener-taste-1}. */
    public String name(int column) {
        return names[column];
    }

    /** The role of column {@code column}. */
    public FeatureRole role(int column) {
        return roles[column];
    }

    /** The columns with {@code role}, ascending: a new array, to keep. */
    public int[] columns(FeatureRole role) {
        int[] columns = new int[count(role)];
        int next = 0;
        for (int column = 0; column < roles.length; column++) {
            if (roles[column] == role) {
                columns[next++] = column;
            }
        }
        return columns;
    }

    /** How many columns have {@code role}. */
    public int count(FeatureRole role) {
        int count = 0;
        for (FeatureRole each : roles) {
            count += each == role ? 1 : 0;
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureLayout layout && Arrays.equals(names, layout.names)
                && Arrays.equals(roles, layout.roles);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(roles);
    }

    @Override
    public String toString() {
        List<String> columns = new ArrayList<>();
        for (int column = 0; column < names.length; column++) {
            columns.add(names[column] + " (" + roles[column].name().toLowerCase() + ")");
        }
        return String.join(", ", columns);
    }

    /** Collects columns in order. */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<FeatureRole> roles = new ArrayList<>();

        private Builder() {
        }

        /** One column. */
        public Builder column(String name, FeatureRole role) {
            names.add(name);
            roles.add(role);
            return this;
        }

        /** {@code count} listener columns named {@code prefix-1} to {@code prefix-count}. */
        public Builder listener(String prefix, int count) {
            return numbered(prefix, count, FeatureRole.LISTENER);
        }

        /** {@code count} song columns named {@code prefix-1} to {@code prefix-count}. */
        public Builder song(String prefix, int count) {
            return numbered(prefix, count, FeatureRole.SONG);
        }

        /** {@code count} context columns named {@code prefix-1} to {@code prefix-count}. */
        public Builder context(String prefix, int count) {
            return numbered(prefix, count, FeatureRole.CONTEXT);
        }

        private Builder numbered(String prefix, int count, FeatureRole role) {
            for (int i = 1; i <= count; i++) {
                column(prefix + "-" + i, role);
            }
            return this;
        }

        public FeatureLayout build() {
            return of(names, roles);
        }
    }
}
