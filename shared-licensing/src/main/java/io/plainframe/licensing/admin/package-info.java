/**
 * The changes admins (and users asking for a seat) make: apply or remove a vendor key, add and remove
 * editors, change mode and editors group, handle seat requests, and bring the roster in line with the
 * host's directory. Each change is checked against the state it is written over (compare-and-set), audited
 * with who, what and when, and installed as a new access snapshot at once.
 */
package io.plainframe.licensing.admin;
