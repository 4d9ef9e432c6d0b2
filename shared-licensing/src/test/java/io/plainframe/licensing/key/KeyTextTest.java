package io.plainframe.licensing.key;

import static io.plainframe.licensing.Fixtures.license;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plainframe.licensing.Fixtures;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTextTest {

    private final String key = license().key();
    private final License expected = license().build();

    @Test
    void aKeyIsOneLineOfAsciiWithTheRecognisablePrefix() {
        assertThat(key).startsWith("PLAINFRAME-").matches("[A-Za-z0-9_-]+");
        assertThat(key.length()).isBetween(280, 600);
    }

    @Test
    void aKeyDecodesToTheLicenseItWasMadeFrom() {
        assertThat(KeyText.decode(key).claimedLicense()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", " ", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028", "  \n  "})
    void whitespaceAndInvisibleCharactersAnywhereAreIgnored(String noise) {
        StringBuilder mangled = new StringBuilder();
        for (int i = 0; i < key.length(); i += 7) {
            mangled.append(key, i, Math.min(key.length(), i + 7)).append(noise);
        }
        assertThat(KeyText.decode(noise + mangled).claimedLicense()).isEqualTo(expected);
    }

    @Test
    void anArmouredKeyWrappedByAnEmailClientIsRead() {
        String email = "Dear customer,\n" + KeyText.armoured(key).replace("\n", "\r\n> ");
        String armoured = email.substring(email.indexOf("-----BEGIN"));
        assertThat(KeyText.decode(armoured.replace("> ", "")).claimedLicense()).isEqualTo(expected);
        assertThat(KeyText.decode("-----BEGIN LICENSE KEY-----\n" + key + "\n-----END LICENSE KEY-----")
                .claimedLicense()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"%s\"", "'%s'", "\u201c%s\u201d", "\u00ab %s \u00bb", "`%s`", "  \"  %s \"\n"})
    void surroundingQuotesAreIgnored(String quoted) {
        assertThat(KeyText.decode(quoted.formatted(key)).claimedLicense()).isEqualTo(expected);
    }

    @Test
    void thePrefixMayBeInAnyLetterCase() {
        assertThat(KeyText.decode("plainframe-" + key.substring(11)).claimedLicense()).isEqualTo(expected);
    }

    @Test
    void inputAboveSixteenKibIsRefusedBeforeDecoding() {
        String huge = key + " ".repeat(KeyText.MAX_INPUT_LENGTH);
        assertThatThrownBy(() -> KeyText.decode(huge)).isInstanceOf(MalformedKeyException.class)
                .extracting(e -> ((MalformedKeyException) e).userMessage().key())
                .isEqualTo("plainframe.license.malformed.too-large");
        // Exactly the limit is still read: only what is above it is refused.
        String padded = key + " ".repeat(KeyText.MAX_INPUT_LENGTH - key.length());
        assertThat(KeyText.decode(padded).claimedLicense()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n", "\"\"", "''",
        "-----BEGIN PLAINFRAME LICENSE----------END PLAINFRAME LICENSE-----"})
    void emptyInputSaysNoKeyWasEntered(String text) {
        assertRefused(text, "plainframe.license.malformed.empty");
    }

    @Test
    void nullInputSaysNoKeyWasEntered() {
        assertRefused(null, "plainframe.license.malformed.empty");
    }

    @Test
    void aMarketplaceLicenseIsSentToUpm() {
        String atlassian = "AAABiQ0ODAoPeNp9kV1PwjAUhu/7K5p4PbINEFlCIrgZ3+GSxhGvjZTtjhqaVntGd+Pe2XDRcmGS1a"
                + "k/Pe87TnSWV2Pt/lIyQ9x7dZ2pZhSgoiTd2DVlwfwBkjFWw7HElp7Ww==X02ff";
        assertRefused(atlassian, "plainframe.license.malformed.marketplace");
        assertRefused("\"" + atlassian.substring(0, 60) + "\n" + atlassian.substring(60) + "\"",
                "plainframe.license.malformed.marketplace");
    }

    @Test
    void aMarketplaceLicenseIsKnownByItsStartItsLengthAndItsAlphabet() {
        String hundred = "AAA" + "Zz09+/=".repeat(13) + "b".repeat(6);
        assertThat(hundred).hasSize(100);
        assertRefused(hundred, "plainframe.license.malformed.marketplace");
        assertRefused(hundred.substring(1), "plainframe.license.malformed.prefix");
        assertRefused(hundred.substring(0, 99), "plainframe.license.malformed.prefix");
        assertRefused(hundred.substring(0, 99) + "-", "plainframe.license.malformed.prefix");
        assertRefused("AAB" + hundred.substring(3), "plainframe.license.malformed.prefix");
    }

    @Test
    void anArmouredKeyHasOneLineForEverySixtyFourCharactersAndNoEmptyOne() {
        String exact = "P".repeat(128);
        assertThat(KeyText.armoured(exact).split("\n")).hasSize(4).doesNotContain("");
        assertThat(KeyText.armoured(exact + "Q").split("\n")).hasSize(5).contains("Q");
    }

    @Test
    void aKeyOfANewerFormatIsNamedSoEvenWhenCutShort() {
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {2, 1, 2, 3});
        assertRefused(KeyText.PREFIX + body, "plainframe.license.malformed.version");
    }

    @Test
    void textWithoutThePrefixIsNotAKey() {
        assertRefused("hello world", "plainframe.license.malformed.prefix");
        assertRefused(key.substring(1), "plainframe.license.malformed.prefix");
    }

    @Test
    void aForeignCharacterIsNamedWithItsPosition() {
        String broken = key.substring(0, 40) + "%" + key.substring(41);
        MalformedKeyException refused = refusal(broken);
        assertThat(refused.userMessage().key()).isEqualTo("plainframe.license.malformed.character");
        assertThat(refused.userMessage().arguments()).containsExactly("%", 41);
        assertThat(Fixtures.english(refused.userMessage())).contains("'%' (character 41 of the key");
    }

    @Test
    void aTruncatedKeyIsIncomplete() {
        for (int cut = 1; cut < key.length() - 11; cut += 13) {
            assertRefused(key.substring(0, key.length() - cut), "plainframe.license.malformed.incomplete");
        }
        assertRefused("PLAINFRAME-", "plainframe.license.malformed.incomplete");
        assertRefused("PLAINFRAME-A", "plainframe.license.malformed.incomplete");
    }

    @Test
    void unusedBitsInTheLastCharacterCannotMakeASecondSpellingOfTheSameKey() {
        char last = key.charAt(key.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int value = alphabet.indexOf(last);
        String sibling = key.substring(0, key.length() - 1) + alphabet.charAt(value ^ 1);
        assertThat(Base64.getUrlDecoder().decode(sibling.substring(11)))
                .as("the JDK decoder alone would accept this spelling")
                .isEqualTo(Base64.getUrlDecoder().decode(key.substring(11)));
        assertRefused(sibling, "plainframe.license.malformed.damaged");
    }

    @Test
    void aKeyFromANewerFormatAsksForAnUpdate() {
        byte[] bytes = Base64.getUrlDecoder().decode(key.substring(11));
        bytes[0] = 2;
        MalformedKeyException refused = refusal("PLAINFRAME-" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(bytes));
        assertThat(refused.userMessage().key()).isEqualTo("plainframe.license.malformed.version");
        assertThat(Fixtures.english(refused.userMessage())).contains("format 2").contains("Update Plainframe");
    }

    @Test
    void garbageInTheVersionByteIsDamageNotANewerFormat() {
        assertRefused(key.toLowerCase(Locale.ROOT), "plainframe.license.malformed.damaged");
        assertRefused("PLAINFRAME-BQ" + key.substring(13), "plainframe.license.malformed.damaged");
    }

    private static void assertRefused(String text, String messageKey) {
        assertThat(refusal(text).userMessage().key()).isEqualTo(messageKey);
    }

    private static MalformedKeyException refusal(String text) {
        try {
            KeyText.decode(text);
        } catch (MalformedKeyException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }
}
