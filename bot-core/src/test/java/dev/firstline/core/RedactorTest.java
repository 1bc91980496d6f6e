package dev.firstline.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  // A well-known Luhn-valid test card number; changing its last digit by one breaks the checksum.
  private static final String VALID_CARD = "4111 1111 1111 1111";
  private static final String INVALID_CARD = "4111 1111 1111 1112";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my password is hunter2                     | hunter2
          My Password Is Hunter2024                  | Hunter2024
          the password was Summer2025!               | Summer2025!
          Password: Tr0ub4dor&3                      | Tr0ub4dor&3
          pwd:s3cr3t-value                           | s3cr3t-value
          pwd = correcthorse9                        | correcthorse9
          passcode is 482913                         | 482913
          my password is: Winter2025                 | Winter2025
          """)
  void redact_passwordAfterKeyword_masksOnlyThePassword(String text, String secret) {
    Redactor.Redacted redacted = Redactor.redact(text);

    assertThat(redacted.text()).doesNotContain(secret).endsWith(Redactor.MASK);
    assertThat(redacted.hadSecret()).isTrue();
  }

  @Test
  void redact_password_keepsTheWordsAroundIt() {
    Redactor.Redacted redacted = Redactor.redact("hi, my password is hunter2 and outlook rejects it");

    assertThat(redacted.text()).isEqualTo("hi, my password is " + Redactor.MASK + " and outlook rejects it");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          slack bot token xoxb-2918273645-1029384756-AbCdEfGhIjKlMnOp         | xoxb-2918273645-1029384756-AbCdEfGhIjKlMnOp
          I pushed ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 by mistake         | ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8
          aws key AKIAIOSFODNN7EXAMPLE in the script                          | AKIAIOSFODNN7EXAMPLE
          the openai key sk-proj_4fG7hJ9kL2mN5pQ8rS1tU is in the repo           | sk-proj_4fG7hJ9kL2mN5pQ8rS1tU
          header eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXBhcnQ is rejected | eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXBhcnQ
          api_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0                             | 9f8e7d6c5b4a39281706f5e4d3c2b1a0
          """)
  void redact_knownTokenShape_masksToken(String text, String token) {
    Redactor.Redacted redacted = Redactor.redact(text);

    assertThat(redacted.text()).doesNotContain(token).contains(Redactor.MASK);
    assertThat(redacted.hadSecret()).isTrue();
  }

  @Test
  void redact_privateKeyBlock_masksTheWholeBlock() {
    String key =
        """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACBlY2RzYS1rZXktZm9yLXRlc3RzLW9ubHktbm90LXJlYWwtYXQtYWxsAAAA
        -----END OPENSSH PRIVATE KEY-----""";

    Redactor.Redacted redacted = Redactor.redact("git asks for a passphrase with this key:\n" + key + "\nwhy?");

    assertThat(redacted.text())
        .isEqualTo("git asks for a passphrase with this key:\n" + Redactor.MASK + "\nwhy?");
    assertThat(redacted.hadSecret()).isTrue();
  }

  @Test
  void redact_privateKeyWithoutEnd_masksToTheEnd() {
    Redactor.Redacted redacted =
        Redactor.redact("here: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo");

    assertThat(redacted.text()).isEqualTo("here: " + Redactor.MASK);
  }

  @ParameterizedTest
  @ValueSource(strings = {VALID_CARD, "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004"})
  void redact_luhnValidCardNumber_masksIt(String card) {
    Redactor.Redacted redacted = Redactor.redact("can IT pay the licence with card " + card + " please");

    assertThat(redacted.text()).isEqualTo("can IT pay the licence with card " + Redactor.MASK + " please");
    assertThat(redacted.hadSecret()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {INVALID_CARD, "4111111111111112", "5500 0000 0000 0005"})
  void redact_luhnInvalidLongNumber_keepsIt(String number) {
    String text = "my order number is " + number + ", where is my laptop";

    Redactor.Redacted redacted = Redactor.redact(text);

    assertThat(redacted.text()).isEqualTo(text);
    assertThat(redacted.hadSecret()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my password is expired",
        "my password is expired.",
        "password is wrong",
        "the password was rejected again",
        "my password is not working",
        "the password is too short apparently",
        "password is incorrect, says outlook",
        "my password was changed yesterday",
        "what is the password policy?",
      })
  void redact_sentenceAboutAPassword_keepsItAndReportsNoSecret(String text) {
    Redactor.Redacted redacted = Redactor.redact(text);

    assertThat(redacted.text()).isEqualTo(text);
    assertThat(redacted.hadSecret()).isFalse();
  }

  @Test
  void redact_textWithoutSecrets_isUnchanged() {
    String text = "the vpn drops every 10 minutes since 2026-01-05, ticket 12345";

    assertThat(Redactor.redact(text)).isEqualTo(new Redactor.Redacted(text, false));
  }

  @Test
  void redact_severalSecrets_masksEachOfThem() {
    Redactor.Redacted redacted =
        Redactor.redact("password: hunter2 and card " + VALID_CARD + " and AKIAIOSFODNN7EXAMPLE");

    assertThat(redacted.text())
        .doesNotContain("hunter2", VALID_CARD, "AKIAIOSFODNN7EXAMPLE")
        .isEqualTo("password: " + Redactor.MASK + " and card " + Redactor.MASK + " and " + Redactor.MASK);
    assertThat(redacted.hadSecret()).isTrue();
  }
}
