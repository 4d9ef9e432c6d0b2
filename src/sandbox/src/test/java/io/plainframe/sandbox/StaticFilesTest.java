package io.plainframe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.plainframe.sandbox.web.StaticFiles;
import java.io.ByteArrayOutputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The host's static files: only what is in its folder, whatever path a client sends (Jetty normalises most). */
class StaticFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../plugins/plainframe-jira.jar", "/..", "/fonts/../../simplelogger.properties",
            "/../simplelogger.properties", "/..\\\\simplelogger.properties", "/", "/nothing.css"})
    void pathsLeavingTheFolderOrNamingNothingAre404(String path) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        new StaticFiles("aui").service(request(path), response);
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/aui-prototyping.css", "/jquery/jquery.min.js", "/fonts/adgs-icons.woff"})
    void filesInTheFolderAreServedWithTheirType(String path) throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // Blocking writes only.
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });
        when(response.getContentType()).thenReturn("text/plain");
        new StaticFiles("aui").service(request(path), response);
        verify(response).setContentType(path.endsWith(".css") ? "text/css" : path.endsWith(".js")
                ? "text/javascript" : "font/woff");
        assertThat(body.size()).isPositive();
    }

    private static HttpServletRequest request(String path) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getPathInfo()).thenReturn(path);
        return request;
    }
}
