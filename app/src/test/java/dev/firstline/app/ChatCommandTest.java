package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
  void chat_report_isForLeads_andCountsTheQuestionsAskedInTheChat() {
    Cli cli = chat("/as alice\nI forgot my password\n/fixed\n/report\n/as lena lead\n/report 7d\n/report whenever\n");

    assertThat(cli.out())
        .contains("bot> Sorry, service reports are for service desk leads.")
        .containsPattern("bot> Service report, .* \\(7 days\\)")
        .containsPattern("Questions +1 \\(0 not about IT\\)")
        .containsPattern("Deflected +1 of 1 IT questions: 100% without a person \\(1 confirmed fixed\\)")
        .containsPattern("password-reset +1")
        .contains("bot> 'whenever' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01.");
  }

  @Test
  void chat_pastedPassword_isWarnedAndNeverEchoed() {
    Cli cli = chat("vpn fails, my password is Hunter2!x\n");

    assertThat(cli.out()).contains("never share passwords").doesNotContain("Hunter2!x");
  }

  @Test
  void chat_kbEdit_byManagerUpdatesTheFileAndTheNextAnswer_othersAndBrokenFilesAreRefused() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    String edited = Files.readString(kb.resolve("printer-setup.md")).replaceFirst("questions:\n", "questions:\n  - my zebracorn gadget is acting up\n");
    String broken = edited.replace("escalate: false", "escalate: sometimes");
    int line = List.of(broken.split("\n")).indexOf("escalate: sometimes") + 1;
    String script = "/as eve 2nd\n/kb edit printer-setup\n"
        + "/as kim manager\n/kb edit printer-setup\n" + broken + ".\n"
        + "/kb edit printer-setup\n" + edited + ".\n"
        + "my zebracorn gadget is acting up\n/kb history printer-setup\n/quit\n";

    Cli cli = Cli.runWithInput(script, "chat", "--config", Cli.config(dir), "--kb", kb.toString());

    assertThat(cli.out())
        .contains("bot> Only knowledge managers may work on articles.")
        .contains("printer-setup.md:" + line + ": 'escalate' must be true or false")
        .contains("bot> Saved 'printer-setup'; the next answer uses it.")
        .contains("**Add a printer**")
        .containsPattern("-kim");
    assertThat(Files.readString(kb.resolve("printer-setup.md"))).isEqualTo(edited);
  }

  @Test
  void chat_kbNewSearchAndRetire_byManager_throughTheSharedCommands() throws IOException {
    Path kb = copyOfTheKnowledgeBase();
    String article = String.join("\n", "---", "id: zebracorn-care", "title: Look after your zebracorn", "tags: []", "questions:",
        "  - my zebracorn gadget is acting up", "queue: service-desk", "escalate: false", "owner: service-desk", "updated: 2026-07-01", "---",
        "Feed it twice a day.", "");
    String script = "/kb new zebracorn-care\n/as kim manager\n/kb new zebracorn-care\n" + article + ".\n"
        + "my zebracorn gadget is acting up\n/kb search zebracorn gadget\n/kb retire zebracorn-care\nmy zebracorn gadget is acting up\n/kb help\n/quit\n";

    Cli cli = Cli.runWithInput(script, "chat", "--config", Cli.config(dir), "--kb", kb.toString());

    assertThat(cli.out())
        .contains("bot> Only knowledge managers may work on articles.")
        .contains("Start from this:\n     ---\n     id: zebracorn-care\n     title:\n")
        .contains("bot> Saved 'zebracorn-care'; the next answer uses it.")
        .contains("bot> **Look after your zebracorn**")
        .contains("- `zebracorn-care` Look after your zebracorn (")
        .contains("bot> Retired 'zebracorn-care': it no longer answers.")
        .contains("`/kb restore ID VERSION`");
    assertThat(cli.out().split("bot> \\*\\*Look after your zebracorn", -1)).as("answered once, before it was retired").hasSize(2);
    assertThat(Files.readString(kb.resolve("retired/zebracorn-care.md"))).isEqualTo(article);
    assertThat(kb.resolve("zebracorn-care.md")).doesNotExist();
  }

  private Path copyOfTheKnowledgeBase() throws IOException {
    Path kb = dir.resolve("kb");
    try (Stream<Path> all = Files.walk(Path.of(Cli.KB))) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path to = kb.resolve(Path.of(Cli.KB).relativize(from).toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    return kb;
  }

  @Test
  void chat_endOfInput_endsCleanly() {
    Cli cli = chat("");

    assertThat(cli.exitCode()).isZero();
  }

  @Test
  void chat_ticketsAreKeptInTheDataFolder_acrossRuns() {
    chat("/as alice\nmy laptop screen is cracked\n");

    Cli again = chat("/as eve 2nd\n/tickets\n");

    assertThat(again.out()).containsPattern("HD-1 +open +endpoint +2nd");
  }

  @Test
  void chat_wholeEscalation_engineersClaimReplyEscalateAndResolve_requesterNeverSeesTheNote() {
    String script = """
        /as alice
        my laptop screen is cracked
        /as eve 2nd
        /claim HD-1
        /reply HD-1 Is it the internal screen or a monitor?
        /reply HD-1 // probably needs a new panel from the vendor
        /as alice
        the internal one
        /as eve
        /third-line HD-1 servers
        /claim HD-1
        /as sam 3rd
        /claim HD-1
        /resolve HD-1 A new panel is fitted; collect the laptop at the desk.
        /as alice
        /rate HD-1 5
        /show HD-1
        /quit
        """;

    Cli cli = chat(script);

    String out = cli.out();
    assertThat(cli.exitCode()).isZero();
    assertThat(out)
        .contains("I have passed this to the endpoint team as **HD-1**")
        .contains("[#endpoint] **HD-1**")
        .contains("bot> You have HD-1.")
        .contains("[to D-alice] eve from the endpoint team is now looking at HD-1.")
        .contains("[to D-alice] **eve** (IT, HD-1): Is it the internal screen or a monitor?")
        .contains("bot> Internal note kept on HD-1.")
        .contains("(requester): the internal one")
        .contains("bot> Moved HD-1 to servers.")
        .contains("bot> Sorry, only 3rd-line engineers can work on HD-1 (servers queue).")
        .contains("[to D-alice] sam from the servers team is now looking at HD-1.")
        .contains("**HD-1 is resolved** by sam")
        .contains("bot> Thanks for the feedback!");
    String requesterView = out.substring(out.lastIndexOf("bot> HD-1 · resolved"));
    assertThat(requesterView)
        .contains("Satisfaction: 5 of 5")
        .contains("eve  staff message: Is it the internal screen or a monitor?")
        .contains("sam  resolved: A new panel is fitted")
        .doesNotContain("staff only");
    assertThat(out).as("the note is never relayed nor shown to the requester").doesNotContain("panel from the vendor");
  }

  @Test
  void chat_requesterCannotClaimOrSeeSomeoneElsesTicket() {
    Cli cli = chat("/as alice\nmy laptop screen is cracked\n/claim HD-1\n/as bob\n/show HD-1\n/tickets\n");

    assertThat(cli.out())
        .contains("bot> Sorry, only 2nd-line engineers can work on HD-1")
        .contains("bot> Only staff and the requester may see HD-1.")
        .contains("bot> No open tickets of yours.");
  }

  @Test
  void chat_commandMistakes_sayWhatIsExpected() {
    Cli cli = chat("/as eve boss\n/claim\n/show nope\n/show HD-7\n/rate HD-1 9\n/frobnicate\n/tick\n");

    assertThat(cli.out())
        .contains("Roles are requester, 2nd, 3rd, lead and manager, not 'boss'.")
        .contains("Which ticket? For example: /claim HD-1")
        .contains("ticket id must look like HD-42 but was 'NOPE'")
        .contains("There is no ticket HD-7.")
        .contains("A rating is 1 to 5.")
        .contains("Unknown command /frobnicate; /help lists the commands.")
        .contains("bot> 0 timer(s) fired.");
  }
}
