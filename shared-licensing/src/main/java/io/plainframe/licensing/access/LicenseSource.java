package io.plainframe.licensing.access;

/** Where the governing license comes from. */
public enum LicenseSource {
    /** Installed in UPM ("Manage apps"). */
    MARKETPLACE,
    /** A key from the vendor, pasted on Plainframe's admin page. */
    VENDOR,
    /** No license at all. */
    NONE
}
