package com.atlassian.confluence.core;

/**
 * Stand-in for Confluence's {@code FormatSettingsManager} (General Configuration's formats). Partial: only the
 * three date getters; the real interface (Spring {@code @Transactional}, left out) also has their setters and the
 * number and blog-post formats. The values are {@link java.text.SimpleDateFormat} patterns.
 */
public interface FormatSettingsManager {

    String getDateFormat();

    String getTimeFormat();

    String getDateTimeFormat();
}
