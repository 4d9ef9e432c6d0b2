/**
 * The wireframe REST logic (SPEC 6, {@code /wireframes/{id}}) and the HTML a page or issue shows for a
 * wireframe, host-neutral: who may read (anyone the host lets see the page or issue) and who may save (an
 * editor the access decision allows), the version check, and every error as a status, a code and a message.
 */
package io.plainframe.wireframes.web;
