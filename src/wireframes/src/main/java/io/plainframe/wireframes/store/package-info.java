/**
 * Where wireframes are kept: the {@link io.plainframe.wireframes.store.WireframeStore} port, versioned so two
 * editors saving the same version get one conflict; {@link io.plainframe.wireframes.store.IndexedWireframeStore},
 * which knows each wireframe's page or issue, over a product's
 * {@link io.plainframe.wireframes.store.WireframeDocuments} (Confluence: page attachments, read through
 * {@link io.plainframe.wireframes.store.SignedWireframeDocuments} so only what Plainframe wrote counts; Jira:
 * settings). A page's or issue's macro names resolve to its own wireframes only.
 */
package io.plainframe.wireframes.store;
