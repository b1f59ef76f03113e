package dev.encore.spi;

/** What a feature column describes, so that an agent can combine them (for instance listener x song products). */
public enum FeatureRole {
    /** A property of the listener: the same for every candidate of a step. */
    LISTENER,
    /** A property of the song, the same whoever hears it. */
    SONG,
    /** Anything else, such as context noise drawn afresh per candidate and step. */
    CONTEXT
}
