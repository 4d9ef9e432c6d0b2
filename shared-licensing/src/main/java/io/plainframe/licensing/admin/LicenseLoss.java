package io.plainframe.licensing.admin;

import java.util.Locale;

/** Something an admin would have less of after applying a key: each one is asked about before it is applied. */
public enum LicenseLoss {
    /** Fewer editor seats than the governing license gives now. */
    FEWER_SEATS,
    /** Editors who hold a seat now would wait for one; the message names them. */
    EDITORS_LOSE_SEATS,
    /** The mode "everyone who may edit" is in use and the new license does not offer it. */
    EVERYONE_MODE_ENDS,
    /** Maintenance would end earlier, so fewer future builds would be covered. */
    EARLIER_MAINTENANCE,
    /** An evaluation would replace a paid license. */
    EVALUATION_OVER_PAID,
    /** The key is the license the current one replaced (an upgrade or renewal going backwards). */
    SUPERSEDED_LICENSE,
    /** The key is another license that does not continue the current one (not its upgrade or renewal). */
    OTHER_LICENSE,
    /** The kind of license changes, for example from commercial to community. */
    TYPE_CHANGES;

    public String i18nKey() {
        return "plainframe.loss." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
