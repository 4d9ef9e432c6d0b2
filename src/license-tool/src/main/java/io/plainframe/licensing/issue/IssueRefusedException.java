package io.plainframe.licensing.issue;

import io.plainframe.licensing.LicensingException;
import io.plainframe.licensing.i18n.Message;

/** The vendor's rules do not allow this key; the message says which rule and what to do instead. */
public final class IssueRefusedException extends LicensingException {

    IssueRefusedException(Message message) {
        super(message);
    }

    IssueRefusedException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
