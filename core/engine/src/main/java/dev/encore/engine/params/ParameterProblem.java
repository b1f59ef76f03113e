package dev.encore.engine.params;

/**
 * One value that does not fit its declaration.
 *
 * @param parameter the parameter's name as written in YAML
 * @param message what was found and what is allowed, starting with the parameter's name
 */
public record ParameterProblem(String parameter, String message) {
}
