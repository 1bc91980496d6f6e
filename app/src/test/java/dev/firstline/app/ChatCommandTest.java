package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatCommandTest {

  @TempDir Path dir;

  private Cli chat(String input) {
    return Cli.runWithInput(input, "chat", "--config", Cli.config(dir), "--kb", Cli.KB);
  }

  @Test
  void chat_forgottenPassword_answersWithThePasswordResetArticle() {
    Cli cli = chat("I forgot my password\n/quit\n");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("articles from").contains("bot> **Reset a forgotten password**").contains("Did that fix it?");
  }

  @Test
  void chat_stillBrokenAfterAnAnswer_opensATicket() {
    Cli cli = chat("I forgot my password\nstill broken\n");

    assertThat(cli.out()).containsPattern("as \\*\\*HD-1\\*\\*");
  }

  @Test
  void chat_pastedPassword_isWarnedAndNeverEchoed() {
    Cli cli = chat("vpn fails, my password is Hunter2!x\n");

    assertThat(cli.out()).contains("never share passwords").doesNotContain("Hunter2!x");
  }

  @Test
  void chat_endOfInput_endsCleanly() {
    Cli cli = chat("");

    assertThat(cli.exitCode()).isZero();
  }
}
