package io.plainframe.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * What a host gives one plugin for its pages: its i18n bundle (MessageFormat, as SAL does), Velocity templates
 * read through the plugin's class loader and allowed to call no method ({@link NoCallsUberspect}, as the method
 * allowlist of Confluence 9 and Jira 10), and the web resources a page asks for (collected per request, so the
 * sandbox's page decorator can add them, as a host's does).
 */
public final class PluginUi {

    private static final ThreadLocal<Set<String>> REQUIRED = ThreadLocal.withInitial(LinkedHashSet::new);

    private final ClassLoader plugin;
    private final Map<String, String> bundle = new HashMap<>();
    /** At most this many refused template calls are kept; they are logged all the same. */
    private static final int REFUSALS_KEPT = 100;

    private final VelocityEngine velocity = new VelocityEngine();
    private final Deque<String> refusals = new ArrayDeque<>();

    /**
     * @param plugin       the plugin's class loader
     * @param i18nLocations the descriptor's i18n resource locations, e.g.
     *                      {@code io.plainframe.licensing.i18n.plainframe}, read as one bundle as hosts do
     */
    public PluginUi(ClassLoader plugin, List<String> i18nLocations) {
        this.plugin = plugin;
        for (String location : i18nLocations) {
            try (InputStream in = plugin.getResourceAsStream(location.replace('.', '/') + ".properties")) {
                PropertyResourceBundle texts = new PropertyResourceBundle(new InputStreamReader(in,
                        StandardCharsets.UTF_8));
                texts.keySet().forEach(key -> bundle.put(key, texts.getString(key)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, NoCallsUberspect.class.getName());
        velocity.setApplicationAttribute(NoCallsUberspect.LISTENER, (Consumer<String>) this::refused);
        velocity.init();
    }

    /** The calls this plugin's templates made and the host refused, the latest last (only the latest 100). */
    public List<String> refusedCalls() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    private void refused(String call) {
        synchronized (refusals) {
            if (refusals.size() == REFUSALS_KEPT) {
                refusals.removeFirst();
            }
            refusals.addLast(call);
        }
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.get(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** Every text of the plugin, for the JavaScript i18n transform. */
    public Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, text(key));
        }
        return texts;
    }

    /** The web resources the current request's page asked for, and forget them. */
    public static List<String> takeRequired() {
        List<String> required = new ArrayList<>(REQUIRED.get());
        REQUIRED.remove();
        return required;
    }

    public I18nResolver i18n() {
        return new I18nResolver() {
            @Override
            public String getRawText(String key) {
                return bundle.getOrDefault(key, key);
            }

            @Override
            public String getRawText(Locale locale, String key) {
                return getRawText(key);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return text(key, (Object[]) arguments);
            }

            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                return text(key, (Object[]) arguments);
            }

            @Override
            public String getText(String key) {
                return text(key);
            }

            @Override
            public String getText(Locale locale, String key) {
                return text(key);
            }

            @Override
            public String getText(Message message) {
                return text(message.getKey(), (Object[]) message.getArguments());
            }

            @Override
            public String getText(Locale locale, Message message) {
                return getText(message);
            }

            @Override
            public Message createMessage(String key, Serializable... arguments) {
                return new Message() {
                    @Override
                    public String getKey() {
                        return key;
                    }

                    @Override
                    public Serializable[] getArguments() {
                        return arguments;
                    }
                };
            }

            @Override
            public MessageCollection createMessageCollection() {
                List<Message> messages = new ArrayList<>();
                I18nResolver resolver = this;
                return new MessageCollection() {
                    @Override
                    public void addMessage(String key, Serializable... arguments) {
                        messages.add(resolver.createMessage(key, arguments));
                    }

                    @Override
                    public void addMessage(Message message) {
                        messages.add(message);
                    }

                    @Override
                    public void addAll(List<Message> more) {
                        messages.addAll(more);
                    }

                    @Override
                    public boolean isEmpty() {
                        return messages.isEmpty();
                    }

                    @Override
                    public List<Message> getMessages() {
                        return List.copyOf(messages);
                    }
                };
            }

            @Override
            public Map<String, String> getAllTranslationsForPrefix(String prefix) {
                Map<String, String> all = new HashMap<>();
                texts().forEach((k, v) -> {
                    if (k.startsWith(prefix)) {
                        all.put(k, v);
                    }
                });
                return all;
            }

            @Override
            public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
                return getAllTranslationsForPrefix(prefix);
            }
        };
    }

    public TemplateRenderer templates() {
        return new TemplateRenderer() {
            @Override
            public void render(String template, Writer writer) throws RenderingException, IOException {
                render(template, Map.of(), writer);
            }

            @Override
            public void render(String template, Map<String, Object> context, Writer writer)
                    throws RenderingException, IOException {
                try (InputStream in = plugin.getResourceAsStream(template)) {
                    if (in == null) {
                        throw new RenderingException("no template " + template);
                    }
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    velocity.evaluate(new VelocityContext(new HashMap<>(context)), writer, template, text);
                }
            }

            @Override
            public String renderFragment(String template, Map<String, Object> context) throws RenderingException {
                StringWriter out = new StringWriter();
                try {
                    render(template, context, out);
                } catch (IOException e) {
                    throw new RenderingException(e);
                }
                return out.toString();
            }

            @Override
            public boolean resolve(String template) {
                return plugin.getResource(template) != null;
            }
        };
    }

    public PageBuilderService pageBuilder() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                REQUIRED.get().add(moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                REQUIRED.get().add("context:" + context);
                return this;
            }
        };
        WebResourceAssembler assembler = () -> resources;
        return new PageBuilderService() {
            @Override
            public WebResourceAssembler assembler() {
                return assembler;
            }

            @Override
            public void seed(WebResourceAssembler seeded) {
                // One assembler per request is all the sandbox needs.
            }
        };
    }
}
