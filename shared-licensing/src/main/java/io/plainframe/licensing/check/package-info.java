/**
 * What a host decides about a vendor key (SPEC 2.3): {@link io.plainframe.licensing.check.LicenseValidator}
 * checks in a fixed order and the first failure wins; {@link io.plainframe.licensing.check.LicenseCheck} is the
 * outcome with its warnings; {@link io.plainframe.licensing.check.BuildDate} is the date the build is checked
 * against. Dates are calendar dates in UTC and every end date is inclusive.
 */
package io.plainframe.licensing.check;
