/** Stand-ins for Confluence's XHTML rendering API (confluence 8.7.2); see the module README for sources. */
package com.atlassian.confluence.content.render.xhtml;
