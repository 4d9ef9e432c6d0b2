package io.plainframe.sandbox.web;

import io.plainframe.sandbox.host.HostFaults;
import io.plainframe.sandbox.runtime.HostPages;
import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Takes the container's security headers off a product's answers while a test has planted
 * {@link HostFaults.Fault#NO_SECURITY_HEADERS}, as the sandbox answered before issue 13; otherwise does nothing.
 */
public final class SecurityHeadersFault extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient HostFaults faults;

    public SecurityHeadersFault(HostFaults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (faults.planted(HostFaults.Fault.NO_SECURITY_HEADERS)) {
            HostPages.SECURITY_HEADERS.keySet().forEach(name -> response.setHeader(name, null));
        }
        chain.doFilter(request, response);
    }
}
