package dev.firstline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app manifest asks for exactly what the adapter uses. */
class ManifestTest {

  private static final Path MANIFEST = Path.of("manifest.yml");

  /** The items of the YAML list under {@code key:}, without comments. */
  private static List<String> listUnder(String key) throws IOException {
    List<String> items = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(MANIFEST)) {
      String content = line.replaceAll("\\s+#.*$", "");
      if (content.strip().equals(key + ":")) {
        in = true;
      } else if (in && content.strip().startsWith("- ")) {
        items.add(content.strip().substring(2).strip());
      } else if (in && !content.isBlank()) {
        break;
      }
    }
    return items;
  }

  @Test
  void manifest_listsExactlyTheScopesAndEventsTheAdapterUses() throws IOException {
    assertThat(listUnder("bot")).containsExactlyInAnyOrder(
        "app_mentions:read", "channels:history", "groups:history", "im:history", "im:write", "chat:write", "commands", "reactions:write",
        "usergroups:read", "users:read");
    assertThat(listUnder("bot_events")).containsExactlyInAnyOrder("app_home_opened", "app_mention", "message.channels", "message.groups", "message.im");
  }

  @Test
  void manifest_hasTheCommandInteractivityAndSocketMode() throws IOException {
    String manifest = Files.readString(MANIFEST);
    assertThat(manifest).contains("- command: " + Routes.COMMAND).contains("socket_mode_enabled: true").contains("interactivity:\n    is_enabled: true");
    assertThat(manifest).contains("home_tab_enabled: true").contains("messages_tab_enabled: true").doesNotContain("link_names");
  }
}
