/** Stand-ins for Confluence's macro API (confluence 8.7.2); see the module README for sources. */
package com.atlassian.confluence.macro;
