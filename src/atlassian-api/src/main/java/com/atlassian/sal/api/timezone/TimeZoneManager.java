package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

/** Stand-in for SAL's {@code TimeZoneManager} (all three methods; nullness annotations left out). */
public interface TimeZoneManager {

    /** The signed-in user's time zone, or the application's default. */
    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey userKey);

    TimeZone getDefaultTimeZone();
}
