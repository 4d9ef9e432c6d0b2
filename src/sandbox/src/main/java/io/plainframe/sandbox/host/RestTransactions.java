package io.plainframe.sandbox.host;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A plugin's REST call in one host transaction, as Atlassian REST's {@code TransactionInterceptor} runs every
 * resource method in SAL's {@code TransactionTemplate}: mounted just before the REST servlet, after the plugin's
 * own filters, so what the call writes to plugin settings on its thread commits when it has answered.
 */
public final class RestTransactions extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Carries a checked exception out of the transaction's callback. */
    private static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown(Exception cause) {
            super(cause);
        }
    }

    private final transient TransactionTemplate transactions;

    public RestTransactions(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            transactions.execute(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Thrown(e);
                }
                return null;
            });
        } catch (Thrown e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }
}
