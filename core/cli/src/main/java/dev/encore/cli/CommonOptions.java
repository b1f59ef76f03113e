package dev.encore.cli;

import picocli.CommandLine.Option;

/** The options every subcommand takes. */
final class CommonOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--verbose", description = "Show the stack trace of an error.")
    boolean verbose;
}
