/**
 * The one JSON codec of both plugins and the license tool: it reads hostile text (every REST body, users'
 * wireframe documents, seat-request notes, license files) and writes the stored state, the audit and every REST
 * answer. Values are {@code Map} (insertion-ordered, string names), {@code List}, {@code String}, {@code Long},
 * {@code Integer} (written only), {@code Double}, {@code Boolean} and {@code null}. Reading is strict (RFC 8259:
 * no repeated member names, ASCII hex in escapes, no half surrogate pairs) and bounded (64 levels of nesting), so
 * hostile or damaged text is refused with its position, never half-read; writing refuses what the text could not
 * hold exactly, so what is written reads back equal. Conformance: {@code JsonTestSuiteTest} runs Nicolas Seriot's
 * JSONTestSuite corpus.
 */
package io.plainframe.licensing.json;
