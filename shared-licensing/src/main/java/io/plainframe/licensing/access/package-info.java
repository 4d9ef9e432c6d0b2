/**
 * Access decisions (SPEC 4) and the governing license (SPEC 2.1).
 *
 * <p>Viewing is allowed whenever the host allows it, in every license state. Editing needs the host's edit
 * permission, a governing license valid for this build, and a seat (or the mode "everyone"). Every decision
 * carries a reason code and an i18n message. Decisions come from an immutable
 * {@link io.plainframe.licensing.access.AccessSnapshot}: no I/O, no lock and no allocation per decision.
 */
package io.plainframe.licensing.access;
