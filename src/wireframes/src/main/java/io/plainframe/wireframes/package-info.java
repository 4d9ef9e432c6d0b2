/**
 * Wireframes, host-neutral: a wireframe is a JSON document (format version, canvas size, controls) that is
 * validated completely before anything is stored ({@link io.plainframe.wireframes.WireframeFormat}), and
 * rendered on the server as SVG ({@link io.plainframe.wireframes.SvgRenderer}) so readers see it without
 * JavaScript. Nothing here knows Confluence or Jira.
 */
package io.plainframe.wireframes;
