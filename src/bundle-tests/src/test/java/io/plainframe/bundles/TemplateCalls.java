package io.plainframe.bundles;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTIndex;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * The method calls in a Velocity template, found by Velocity's own parser: a method ({@code $a.b()}), a property
 * ({@code $a.b}, a getter or {@code Map.get} call), an index ({@code $a[0]}, a {@code get} call), wherever they
 * stand: in text, in {@code ${}} and {@code $!} forms, in directives' arguments, inside interpolated strings;
 * and {@code #evaluate}, whose calls cannot be seen before it runs. Confluence 9 and Jira 10 block every such
 * call that is not on their allowlist.
 */
final class TemplateCalls {

    private TemplateCalls() {
    }

    /** Each call as {@code name:line: what}; empty when the template calls nothing. */
    static List<String> in(String name, String template) {
        List<String> calls = new ArrayList<>();
        find(name, template, 0, calls);
        return calls;
    }

    private static void find(String name, String template, int firstLine, List<String> calls) {
        RuntimeInstance velocity = new RuntimeInstance();
        // As Velocity 1.x, which the hosts run, reads names like $a-b.
        velocity.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, true);
        velocity.init();
        Template parsed = new Template();
        parsed.setName(name);
        try {
            walk(name, velocity.parse(new StringReader(template), parsed), firstLine, calls);
        } catch (ParseException e) {
            throw new AssertionError(name + " is not a valid Velocity template", e);
        }
    }

    private static void walk(String name, Node node, int firstLine, List<String> calls) {
        int line = firstLine + (node.getFirstToken() == null ? 0 : node.getFirstToken().beginLine);
        if (node instanceof ASTReference reference && callsSomething(reference)) {
            calls.add(name + ":" + line + ": " + reference.literal());
        }
        if (node instanceof ASTDirective directive && directive.getDirectiveName().equals("evaluate")) {
            calls.add(name + ":" + line + ": #evaluate");
        }
        if (node instanceof ASTStringLiteral string) {
            String image = string.getFirstToken().image;
            if (image.startsWith("\"") && (image.contains("$") || image.contains("#"))) {
                find(name, image.substring(1, image.length() - 1), line - 1, calls);
            }
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(name, node.jjtGetChild(i), firstLine, calls);
        }
    }

    private static boolean callsSomething(ASTReference reference) {
        for (int i = 0; i < reference.jjtGetNumChildren(); i++) {
            Node child = reference.jjtGetChild(i);
            if (child instanceof ASTMethod || child instanceof ASTIdentifier || child instanceof ASTIndex) {
                return true;
            }
        }
        return false;
    }
}
