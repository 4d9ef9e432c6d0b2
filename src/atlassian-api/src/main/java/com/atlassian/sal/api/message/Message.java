package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in for SAL's {@code Message}; see the package documentation. */
public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}
