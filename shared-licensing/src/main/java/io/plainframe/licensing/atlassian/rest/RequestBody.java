package io.plainframe.licensing.atlassian.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body read as UTF-8 text, bounded before it is decoded: its text, or why there is none. Bytes that
 * are not UTF-8 are reported, never replaced, so nothing is stored in a form the sender did not send.
 *
 * @param text    the text, {@code null} unless {@code problem} is {@link Problem#NONE}
 * @param problem why there is no text
 */
public record RequestBody(String text, Problem problem) {

    /** Why a body has no text. */
    public enum Problem {
        NONE,
        /** Larger than the endpoint reads. */
        TOO_LARGE,
        /** Not well-formed UTF-8. */
        NOT_UTF8
    }

    /** Reads at most {@code maxBytes} (and one more, to tell a larger body) and decodes them strictly. */
    public static RequestBody read(InputStream in, int maxBytes) {
        if (in == null) {
            return new RequestBody("", Problem.NONE);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            return new RequestBody("", Problem.NONE);
        }
        if (bytes.length > maxBytes) {
            return new RequestBody(null, Problem.TOO_LARGE);
        }
        try {
            return new RequestBody(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(),
                    Problem.NONE);
        } catch (CharacterCodingException e) {
            return new RequestBody(null, Problem.NOT_UTF8);
        }
    }
}
