package io.plainframe.sandbox.plugin;

import io.plainframe.licensing.json.Json;
import io.plainframe.sandbox.host.PluginUi;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a host's {@code jsI18n} web-resource transformer does: {@code AJS.I18n.getText("key", args...)} becomes
 * {@code AJS.format("text", args...)}, so scripts show the bundle's texts without another request.
 */
final class JsI18n {

    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([a-zA-Z0-9._-]+)\\1");

    private JsI18n() {
    }

    static String transform(String script, PluginUi ui) {
        Matcher call = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String raw = ui.i18n().getRawText(call.group(2));
            call.appendReplacement(out, Matcher.quoteReplacement("AJS.format(" + Json.write(raw)));
        }
        call.appendTail(out);
        return out.toString();
    }
}
