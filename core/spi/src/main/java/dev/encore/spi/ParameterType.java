package dev.encore.spi;

/** The kinds of value an agent parameter can take, as written in YAML. */
public enum ParameterType {
    /** A floating point number, such as {@code 0.1}; an integer is accepted too. */
    REAL,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A string. */
    TEXT,
    /** One of a fixed list of words ({@link ParameterSpec#choices()}), such as {@code plain} or {@code interactions}. */
    CHOICE
}
