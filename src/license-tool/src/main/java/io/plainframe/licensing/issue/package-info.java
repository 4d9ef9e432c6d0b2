/**
 * The vendor's rules for issuing keys (SPEC 2.4, from the seed documents): new licenses, upgrades, renewals,
 * evaluations and the Marketplace migration check.
 *
 * <p>Month ends: twelve months from a date is the same day of the month a year later; where that day does
 * not exist (29 February) it is the last day of that month (28 February), never a day of the next month, so
 * maintenance never runs longer than twelve months. A renewal starts from the end date actually printed on
 * the previous key, so a chain begun on 29 February continues on 28 February.
 */
package io.plainframe.licensing.issue;
