package io.plainframe.licensing.key;

import io.plainframe.licensing.LicensingException;
import io.plainframe.licensing.i18n.Message;

/** The text cannot be decoded into a license: the only exception the key parser throws. */
public final class MalformedKeyException extends LicensingException {

    MalformedKeyException(String key, Object... arguments) {
        super(Message.of(key, arguments));
    }
}
