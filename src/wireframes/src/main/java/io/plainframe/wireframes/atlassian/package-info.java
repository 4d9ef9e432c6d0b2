/**
 * The wireframes' Atlassian side shared by both plugins: {@link io.plainframe.wireframes.atlassian.WireframeHost},
 * what each product's component offers the macro, the issue panel and the REST resource. The only package of
 * this module (with its {@code rest} subpackage) that imports Atlassian types.
 */
package io.plainframe.wireframes.atlassian;
