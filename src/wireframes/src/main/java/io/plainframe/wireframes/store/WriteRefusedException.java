package io.plainframe.wireframes.store;

import io.plainframe.licensing.i18n.Message;
import java.util.Objects;

/**
 * The host refused a write that Plainframe's own checks allowed (a Confluence user who may edit the page but not
 * attach files to it, a host in read-only mode): nothing was written, and the caller is told why.
 */
public final class WriteRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;
    private final transient Message explanation;

    /**
     * @param status      the HTTP status to answer with (403: this user may not; 503: nobody may, for now)
     * @param reason      the reason code the API answers with
     * @param explanation the i18n message, every argument filled
     */
    public WriteRefusedException(int status, String reason, Message explanation) {
        super(reason);
        this.status = status;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Message explanation() {
        return explanation;
    }
}
