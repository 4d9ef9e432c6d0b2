package io.plainframe.licensing.key;

import java.util.Optional;

/** The Atlassian product a license is for; a key for one is refused by the other. */
public enum Product {
    CONFLUENCE("confluence", "Confluence"),
    JIRA("jira", "Jira");

    private final String id;
    private final String displayName;

    Product(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The stable name used in keys, JSON and on the command line. */
    public String id() {
        return id;
    }

    /** The product's name as admins know it (a brand, so the same in every language). */
    public String displayName() {
        return displayName;
    }

    /** The product with exactly this id. */
    public static Optional<Product> fromId(String id) {
        for (Product product : values()) {
            if (product.id.equals(id)) {
                return Optional.of(product);
            }
        }
        return Optional.empty();
    }
}
