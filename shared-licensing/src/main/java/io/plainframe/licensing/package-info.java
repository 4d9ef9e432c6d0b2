/**
 * Plainframe's host-neutral licensing core: plain Java, no Atlassian type, no dependency beyond the JDK.
 *
 * <p>Sub-packages by meaning: {@code i18n} (messages and outcomes), {@code key} (license model, key format,
 * signing), {@code check} (what a host decides about a key), {@code issue} (the vendor's rules) and
 * {@code tool} (the vendor's command line).
 */
package io.plainframe.licensing;
