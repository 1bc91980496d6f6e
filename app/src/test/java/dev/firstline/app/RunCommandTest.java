package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firstline.core.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  @Test
  void run_withoutAPlatform_saysHowToChooseOne(@TempDir Path home) throws Exception {
    Path config = Files.writeString(home.resolve("firstline.yml"), "ticket-prefix: HD\n");

    Cli cli = Cli.run("run", "--config", config.toString(), "--kb", Cli.KB);

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("platform: slack").contains("platform: discord");
  }

  @Test
  void run_unknownPlatform_listsTheAllowedOnes(@TempDir Path home) throws Exception {
    Path config = Files.writeString(home.resolve("firstline.yml"), "platform: teams\n");

    Cli cli = Cli.run("run", "--config", config.toString(), "--kb", Cli.KB);

    assertThat(cli.err()).contains("platform must be one of [discord, slack] but was 'teams'");
  }

  @Test
  void run_missingTokens_namesTheVariablesWithoutStarting(@TempDir Path home) throws Exception {
    Path config = Files.writeString(home.resolve("firstline.yml"), "platform: discord\n");

    Cli cli = Cli.run("run", "--config", config.toString(), "--kb", Cli.KB, "--platform", "slack");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("to run on slack").contains(PlatformConfig.SLACK_BOT_TOKEN).contains(PlatformConfig.SLACK_APP_TOKEN);
  }

  @Test
  void platformConfig_slackHttpModeAndRoles_areRead(@TempDir Path home) throws Exception {
    Path config = Files.writeString(home.resolve("firstline.yml"),
        "platform: slack\nslack:\n  mode: http\n  port: 8080\n  role-groups: {S01: second-line, S02: third-line}\n");

    PlatformConfig platform = PlatformConfig.load(config, home, null);

    assertThat(platform.slackHttpPort()).isEqualTo(8080);
    assertThat(platform.slackRoleGroups()).containsExactlyInAnyOrderEntriesOf(Map.of("S01", Role.SECOND_LINE, "S02", Role.THIRD_LINE));
    assertThat(platform.missingSecrets(Map.of(PlatformConfig.SLACK_BOT_TOKEN, "xoxb-1"))).containsExactly(PlatformConfig.SLACK_SIGNING_SECRET);
  }

  @Test
  void platformConfig_discordIdsAndBadRole_areChecked(@TempDir Path home) throws Exception {
    Path good = Files.writeString(home.resolve("a.yml"),
        "platform: discord\ndiscord:\n  guilds: [123456789012345678]\n  mention-channels: [222]\n  staff-roles: {333: lead}\n");
    Path bad = Files.writeString(home.resolve("b.yml"), "platform: discord\ndiscord:\n  staff-roles: {333: boss}\n");

    PlatformConfig platform = PlatformConfig.load(good, home, null);

    assertThat(platform.discordGuilds()).containsExactly("123456789012345678");
    assertThat(platform.discordStaffRoles()).containsEntry("333", Role.LEAD);
    assertThatThrownBy(() -> PlatformConfig.load(bad, home, null)).hasMessageContaining("discord.staff-roles.333 must be one of").hasMessageContaining("boss");
  }
}
