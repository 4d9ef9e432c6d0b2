/**
 * What a Plainframe license is and how it travels: the {@link io.plainframe.licensing.key.License} record,
 * its canonical signed byte form ({@link io.plainframe.licensing.key.KeyPayload}), its text form
 * ({@link io.plainframe.licensing.key.KeyText}), Ed25519 signing and the trusted public keys.
 *
 * <p>Format version 1, the bytes that are signed: one version byte, then the fields in ascending tag
 * order, each as a tag byte, a two-byte big-endian length and UTF-8 text. Tags are fixed numbers, never enum
 * ordinals; values are text (dates {@code yyyy-MM-dd}, editors a number or {@code unlimited}), so a key
 * reads the same whatever the Java code around it becomes. The Ed25519 signature (64 bytes) covers a domain
 * tag and those bytes and is appended after them; the text form is {@code PLAINFRAME-} and the base64url
 * (no padding) of payload and signature.
 */
package io.plainframe.licensing.key;
