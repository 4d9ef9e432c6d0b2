package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stand-in for SAL's {@code WebSudoManager}; see the package documentation. */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
