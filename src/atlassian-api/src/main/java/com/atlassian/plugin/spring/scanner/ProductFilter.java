package com.atlassian.plugin.spring.scanner;

import java.util.Locale;

/** Stand-in for spring-scanner's {@code ProductFilter}; constant order as in 3.0.4. */
public enum ProductFilter {
    ALL,
    JIRA,
    CONFLUENCE,
    BAMBOO,
    BITBUCKET,
    STASH,
    CROWD,
    FECRU,
    REFAPP;

    /** Whether {@code productName} is exactly the name of a constant. */
    public static boolean hasProduct(String productName) {
        for (ProductFilter filter : values()) {
            if (filter.name().equals(productName)) {
                return true;
            }
        }
        return false;
    }

    /** The per-product index file: {@code fileStem + "-" + lower-case name}, e.g. {@code imports-confluence}. */
    public String getPerProductFile(String fileStem) {
        return fileStem + "-" + name().toLowerCase(Locale.ROOT);
    }
}
