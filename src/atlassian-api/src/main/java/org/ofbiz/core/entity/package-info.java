/** Compile-only stand-in for the one OfBiz entity type Jira's {@code Attachment} constructor names. */
package org.ofbiz.core.entity;
