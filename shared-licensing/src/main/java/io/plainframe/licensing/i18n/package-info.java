/**
 * The one result model of licensing and access: a reason code and a {@link io.plainframe.licensing.i18n.Message}
 * (an i18n key and its arguments). Text is only ever produced from the bundle
 * {@code io/plainframe/licensing/i18n/plainframe.properties}, in the host's language.
 */
package io.plainframe.licensing.i18n;
