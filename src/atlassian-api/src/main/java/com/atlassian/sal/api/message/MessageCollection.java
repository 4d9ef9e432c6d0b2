package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.List;

/** Stand-in for SAL's {@code MessageCollection}; see the package documentation. */
public interface MessageCollection {
    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();

    List<Message> getMessages();
}
