package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatCommandTest {

  @Test
  void chat_forgottenPassword_answersWithThePasswordResetArticle() {
    Cli cli = Cli.runWithInput("I forgot my password\n/quit\n", "chat", "--kb", Cli.KB);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("articles from").contains("bot> **Reset a forgotten password**").contains("Did that fix it?");
  }

  @Test
  void chat_stillBrokenAfterAnAnswer_opensATicket() {
    Cli cli = Cli.runWithInput("I forgot my password\nstill broken\n", "chat", "--kb", Cli.KB);

    assertThat(cli.out()).containsPattern("as \\*\\*HD-1\\*\\*");
  }

  @Test
  void chat_pastedPassword_isWarnedAndNeverEchoed() {
    Cli cli = Cli.runWithInput("vpn fails, my password is Hunter2!x\n", "chat", "--kb", Cli.KB);

    assertThat(cli.out()).contains("never share passwords").doesNotContain("Hunter2!x");
  }

  @Test
  void chat_endOfInput_endsCleanly() {
    Cli cli = Cli.runWithInput("", "chat", "--kb", Cli.KB);

    assertThat(cli.exitCode()).isZero();
  }
}
