package dev.firstline.core;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets people paste (passwords, API keys, tokens, card numbers) before text is stored,
 * relayed or logged.
 */
public final class Redactor {

  /** The placeholder that replaces a secret. */
  public static final String MASK = "[redacted]";

  /** Text with its secrets masked, and whether there were any. */
  public record Redacted(String text, boolean hadSecret) {}

  // Each pattern masks its "secret" group, keeping the words around it readable.
  private static final List<Pattern> SECRETS =
      List.of(
          // "password is hunter2", "password is: x", "pwd: x", "my pw = x"
          Pattern.compile(
              "(?i)\\b(?:password|passwd|pwd|pw|passcode|pass code|passphrase|pin)(?:\\s+(?:is|was)(?:\\s*[:=])?|\\s*[:=])\\s*(?<secret>\\S+)"),
          // key-value secrets: "api_key=...", "token: ..."
          Pattern.compile(
              "(?i)\\b(?:api[_ -]?key|client[_ -]?secret|secret|access[_ -]?token|token|bearer)\\s*[:=]?\\s*(?<secret>[A-Za-z0-9._\\-/+=]{16,})"),
          // well-known token shapes
          Pattern.compile("(?<secret>\\b(?:xox[abposr]|xapp)-[A-Za-z0-9-]{10,})"),
          Pattern.compile("(?<secret>\\bAKIA[0-9A-Z]{16}\\b)"),
          Pattern.compile("(?<secret>\\bgh[pousr]_[A-Za-z0-9]{30,})"),
          Pattern.compile("(?<secret>\\bsk-[A-Za-z0-9_-]{20,})"),
          Pattern.compile("(?<secret>\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})"),
          Pattern.compile(
              "(?<secret>-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))"));

  private static final Pattern CARD_CANDIDATE = Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b");

  private static final Set<String> PLAIN_WORDS =
      Set.of(
          "expired", "expiring", "wrong", "incorrect", "correct", "right", "not", "no", "locked",
          "still", "too", "the", "a", "an", "my", "it", "rejected", "invalid", "changed", "reset",
          "definitely", "also", "now", "fine", "ok", "okay", "same", "different", "new", "old",
          "saved", "required", "needed", "case", "very", "really", "about", "going", "sensitive",
          "long", "short", "weak", "strong", "valid", "what", "and", "but", "so", "for", "in",
          "on", "to", "of", "that", "this", "there", "when", "where", "how", "why", "which", "who",
          "will", "would", "should", "could", "can", "cannot", "is", "was", "be", "been", "has",
          "have", "had", "expire", "expires", "change", "prompt", "popup", "box", "field", "login");

  private Redactor() {}

  /** Masks every secret in {@code text}. */
  public static Redacted redact(String text) {
    String out = text;
    boolean found = false;
    for (Pattern p : SECRETS) {
      Matcher m = p.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        if (isPlainWord(m.group("secret"))) {
          continue; // "my password is expired" describes the password, it is not one
        }
        found = true;
        String kept = out.substring(m.start(), m.start("secret"));
        m.appendReplacement(sb, Matcher.quoteReplacement(kept + MASK));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    Matcher cards = CARD_CANDIDATE.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (cards.find()) {
      boolean card = luhn(cards.group().replaceAll("[ -]", ""));
      found |= card;
      cards.appendReplacement(sb, Matcher.quoteReplacement(card ? MASK : cards.group()));
    }
    cards.appendTail(sb);
    return new Redacted(sb.toString(), found);
  }

  private static boolean isPlainWord(String candidate) {
    String word = candidate.replaceAll("[.,!?;)]+$", "");
    return word.matches("[a-z']+")
        && (PLAIN_WORDS.contains(word) || word.matches(".*(ed|ing|ly|n't)$"));
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
