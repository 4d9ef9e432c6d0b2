package io.plainframe.licensing.atlassian.rest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * The path of a request below the REST base ({@code /rest/plainframe/1.0/}, {@code .../latest/}, or any other
 * version segment: fewer checks are never applied because a host serves an alias we did not expect) as segments,
 * in every way a REST stack might read it: as the container decoded and normalised it, and from the raw URI,
 * split at its slashes and taken as sent (Jersey 1 matches the encoded path) or decoded segment by segment. An
 * encoded slash, an encoded letter or a dot segment makes the readings differ; the access filter then checks
 * every route any of them reaches, so no reading gets past a check another would apply.
 */
final class RequestPaths {

    static final List<String> BASE = List.of("rest", "plainframe");

    private RequestPaths() {
    }

    /** The distinct readings of the request's path below the REST base; none when it is not below it. */
    static Set<List<String>> readings(HttpServletRequest request) {
        Set<List<String>> readings = new LinkedHashSet<>();
        String decoded = orEmpty(request.getServletPath()) + orEmpty(request.getPathInfo());
        below(split(decoded, false), readings);
        String raw = orEmpty(request.getRequestURI());
        String context = orEmpty(request.getContextPath());
        raw = raw.startsWith(context) ? raw.substring(context.length()) : raw;
        below(split(raw, false), readings);
        List<String> split = split(raw, true);
        if (split != null) {
            below(split, readings);
        }
        return readings;
    }

    /** The segments after the leading slash, each without its matrix parameters, decoded if asked. */
    private static List<String> split(String path, boolean decode) {
        List<String> segments = new ArrayList<>();
        List<String> parts = Arrays.asList(path.split("/", -1));
        for (String segment : parts.subList(path.startsWith("/") ? 1 : 0, parts.size())) {
            int matrix = segment.indexOf(';');
            String plain = matrix < 0 ? segment : segment.substring(0, matrix);
            String text = decode ? percentDecoded(plain) : plain;
            if (text == null) {
                return null;
            }
            segments.add(text);
        }
        return segments;
    }

    private static void below(List<String> segments, Set<List<String>> readings) {
        if (segments.size() < BASE.size() + 1 || !segments.subList(0, BASE.size()).equals(BASE)
                || segments.get(BASE.size()).isEmpty()) {
            return;
        }
        List<String> rest = segments.subList(BASE.size() + 1, segments.size());
        // JAX-RS matches a path with one trailing slash as the path without it.
        if (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
            rest = rest.subList(0, rest.size() - 1);
        }
        readings.add(List.copyOf(rest));
    }

    /** Percent-decoded as UTF-8; {@code null} when malformed. A {@code +} stays a plus in a path. */
    static String percentDecoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return null;
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
