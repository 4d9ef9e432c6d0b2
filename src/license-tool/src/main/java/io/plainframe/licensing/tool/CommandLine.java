package io.plainframe.licensing.tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of one command: {@code --name value} or {@code --name=value}, flags without a
 * value, and operands; {@code -} is an operand (standard input) and {@code --} ends the options. Anything
 * unknown, repeated or missing is a usage error naming the command.
 */
final class CommandLine {

    private final String command;
    private final Map<String, String> values;
    private final List<String> operands;

    private CommandLine(String command, Map<String, String> values, List<String> operands) {
        this.command = command;
        this.values = values;
        this.operands = operands;
    }

    /**
     * @param valued   options that take a value, without the leading dashes
     * @param flags    options that take none
     * @param operands how many operands the command takes at most
     */
    static CommandLine parse(String command, List<String> args, Set<String> valued, Set<String> flags,
                             int operands) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !isOption(arg)) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            String value;
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw ToolFailure.usage(command, "license-tool.usage.flag-with-value", "--" + name);
                }
                value = "";
            } else if (valued.contains(name)) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !isOption(args.get(i + 1))) {
                    value = args.get(++i);
                } else {
                    throw ToolFailure.usage(command, "license-tool.usage.missing-value", "--" + name);
                }
            } else {
                throw ToolFailure.usage(command, "license-tool.usage.unknown-option", "--" + name, command);
            }
            if (values.put(name, value) != null) {
                throw ToolFailure.usage(command, "license-tool.usage.repeated-option", "--" + name);
            }
        }
        if (positional.size() > operands) {
            throw operands == 0
                    ? ToolFailure.usage(command, "license-tool.usage.no-operands", command, positional.get(0))
                    : ToolFailure.usage(command, "license-tool.usage.extra-operand", positional.get(operands));
        }
        return new CommandLine(command, values, positional);
    }

    /** Options start with two dashes; an armoured key ({@code -----BEGIN ...}) is a value, not an option. */
    private static boolean isOption(String arg) {
        return arg.startsWith("--") && !arg.startsWith("-----");
    }

    String command() {
        return command;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw ToolFailure.usage(command, "license-tool.usage.missing-option", "--" + name, command);
        }
        return value;
    }

    /** The one operand the command needs, for example the key. */
    String operand(String what) {
        if (operands.isEmpty()) {
            throw ToolFailure.usage(command, "license-tool.usage.missing-operand", what, command);
        }
        return operands.get(0);
    }

    /** Fails when an option is given that only goes with another. */
    void refuseUnless(boolean allowed, String name, String goesWith) {
        if (!allowed && has(name)) {
            throw ToolFailure.usage(command, "license-tool.usage.option-goes-with", "--" + name, goesWith);
        }
    }
}
