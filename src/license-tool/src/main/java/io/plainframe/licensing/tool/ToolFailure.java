package io.plainframe.licensing.tool;

import io.plainframe.licensing.i18n.Message;

/** Ends a command with an exit code and one sentence on standard error. */
final class ToolFailure extends RuntimeException {

    private final int exitCode;
    private final transient Message reason;
    private final String command;

    private ToolFailure(int exitCode, Message reason, String command) {
        super(reason.key(), null, false, false);
        this.exitCode = exitCode;
        this.reason = reason;
        this.command = command;
    }

    /** The command line is wrong; the user is pointed at the command's help. */
    static ToolFailure usage(String command, String key, Object... arguments) {
        return new ToolFailure(LicenseTool.EXIT_USAGE, Message.of(key, arguments), command);
    }

    /** The request was understood and refused. */
    static ToolFailure refused(Message reason) {
        return new ToolFailure(LicenseTool.EXIT_REFUSED, reason, null);
    }

    static ToolFailure refused(String key, Object... arguments) {
        return refused(Message.of(key, arguments));
    }

    int exitCode() {
        return exitCode;
    }

    Message reason() {
        return reason;
    }

    /** The command whose help to point at, for usage errors; null otherwise. */
    String command() {
        return command;
    }
}
