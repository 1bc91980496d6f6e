package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.model.Priority;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

  @Test
  void load_noFile_usesDefaultsUnderHome(@TempDir Path home) {
    AppConfig config = AppConfig.load(null, home, Map.of());

    assertThat(config.knowledgeBase()).isEqualTo(home.resolve("kb"));
    assertThat(config.conversationMemory()).isEqualTo(Duration.ofHours(8));
    assertThat(config.ticketPrefix()).isEqualTo("HD");
    assertThat(config.httpPort()).isZero(); // no /health or /metrics unless asked for
  }

  @Test
  void load_httpPort_isReadAndChecked(@TempDir Path home) throws Exception {
    Path good = Files.writeString(home.resolve("a.yml"), "http-port: 9464\n");
    Path tooBig = Files.writeString(home.resolve("b.yml"), "http-port: 70000\n");
    Path text = Files.writeString(home.resolve("c.yml"), "http-port: metrics\n");

    assertThat(AppConfig.load(good, home, Map.of()).httpPort()).isEqualTo(9464);
    assertThatThrownBy(() -> AppConfig.load(tooBig, home, Map.of())).hasMessageContaining("http-port must be a port from 1 to 65535 but was 70000");
    assertThatThrownBy(() -> AppConfig.load(text, home, Map.of())).hasMessageContaining("http-port must be a number from 1 to 65535 but was 'metrics'");
  }

  @Test
  void load_fileAndEnvironment_environmentWins(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "knowledge-base: articles\nconversation-memory: 30m\ndecision:\n  answer: 0.4\n  strong: 0.6\n");

    AppConfig config = AppConfig.load(file, home, Map.of("FIRSTLINE_KB", "/srv/kb"));

    assertThat(config.knowledgeBase()).isEqualTo(Path.of("/srv/kb"));
    assertThat(config.conversationMemory()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.decision().answer()).isEqualTo(0.4);
  }

  @Test
  void load_unknownKey_listsTheAllowedKeys(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "knowledge_base: kb\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of()))
        .hasMessageContaining("unknown key 'knowledge_base'")
        .hasMessageContaining("conversation-memory, data-dir, database, decision, default-queue, discord, http-port, knowledge-base, platform, queues, "
            + "reopen-window, routes, semantic-search, sla, slack, staff, ticket-prefix");
  }

  @Test
  void load_thresholdOutOfRange_saysWhatIsAllowed(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "decision:\n  answer: 3\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of())).hasMessageContaining("answer must be in [0, 1] but was 3.0");
  }

  @Test
  void load_badDurationAndPrefix_areRefused(@TempDir Path home) throws Exception {
    Path duration = Files.writeString(home.resolve("a.yml"), "conversation-memory: forever\n");
    Path prefix = Files.writeString(home.resolve("b.yml"), "ticket-prefix: hd\n");

    assertThatThrownBy(() -> AppConfig.load(duration, home, Map.of())).hasMessageContaining("like 30m, 8h or 2d");
    assertThatThrownBy(() -> AppConfig.load(prefix, home, Map.of())).hasMessageContaining("capital letters");
  }

  @Test
  void load_invalidYaml_namesTheFile(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "decision: [unclosed\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of())).hasMessageContaining("firstline.yml: invalid YAML");
  }

  @Test
  void load_relativeHome_resolvesTheKnowledgeBaseOnce() {
    AppConfig config = AppConfig.load(null, Path.of("some/home"), Map.of());

    assertThat(config.knowledgeBase()).isEqualTo(Path.of("some/home/kb"));
  }

  @Test
  void load_noFile_usesTheDefaultDeskAndTheEmbeddedStore(@TempDir Path home) {
    AppConfig config = AppConfig.load(null, home, Map.of());

    assertThat(config.desk().queues()).isEqualTo(DefaultDesk.queues());
    assertThat(config.desk().defaultQueue()).isEqualTo("service-desk");
    assertThat(config.desk().reopenWindow()).isEqualTo(Duration.ofDays(3));
    assertThat(config.desk().sla().calendar().zone()).isEqualTo(ZoneId.systemDefault());
    assertThat(config.desk().sla().target(Priority.URGENT, Tier.SECOND).toClaim()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.staff()).isEmpty();
    assertThat(config.dataDir()).isEqualTo(home.resolve("data"));
    assertThat(config.database()).isNull();
  }

  @Test
  void load_deskSection_readsQueuesRoutesStaffSlaAndReopenWindow(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), """
        queues:
          helpdesk: {tier: 2nd, channel: C-HELP, lead: U-LENA}
          network: {channel: C-NET}
          servers: {tier: 3rd}
        routes:
          vpn-connect: network
        default-queue: helpdesk
        staff:
          U-EVE: [second-line]
          U-LENA: [second-line, third-line, lead]
          U-KIM: knowledge-manager
        sla:
          time-zone: Europe/Berlin
          opens: 7:30
          closes: 17:00
          working-days: [mon, tuesday, Wed, thu]
          holidays: [2026-12-24, 2026-12-25]
          warn-at: 0.5
          targets:
            urgent: {claim: 10m, resolve: 2h, resolve-3rd: 3h}
        reopen-window: 5d
        data-dir: /srv/firstline
        """);

    AppConfig config = AppConfig.load(file, home, Map.of());

    DeskSettings desk = config.desk();
    assertThat(desk.queues()).containsOnlyKeys("helpdesk", "network", "servers");
    assertThat(desk.queue("helpdesk")).contains(new Queue("helpdesk", Tier.SECOND, "C-HELP", UserRef.of("local", "U-LENA", "U-LENA")));
    assertThat(desk.queue("network")).contains(new Queue("network", Tier.SECOND, "C-NET", null));
    assertThat(desk.queue("servers")).contains(new Queue("servers", Tier.THIRD, "servers", null));
    assertThat(desk.routes()).isEqualTo(Map.of("vpn-connect", "network"));
    assertThat(desk.defaultQueue()).isEqualTo("helpdesk");
    assertThat(desk.reopenWindow()).isEqualTo(Duration.ofDays(5));
    assertThat(config.staff()).isEqualTo(Map.of(
        "U-EVE", Set.of(Role.SECOND_LINE),
        "U-LENA", Set.of(Role.SECOND_LINE, Role.THIRD_LINE, Role.LEAD),
        "U-KIM", Set.of(Role.KNOWLEDGE_MANAGER)));
    var calendar = desk.sla().calendar();
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(calendar.opens()).isEqualTo(LocalTime.of(7, 30));
    assertThat(calendar.closes()).isEqualTo(LocalTime.of(17, 0));
    assertThat(calendar.workingDays()).containsOnly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    assertThat(calendar.holidays()).containsOnly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    assertThat(desk.sla().warnAt()).isEqualTo(0.5);
    assertThat(desk.sla().target(Priority.URGENT, Tier.SECOND)).extracting("toClaim", "toResolve").containsExactly(Duration.ofMinutes(10), Duration.ofHours(2));
    assertThat(desk.sla().target(Priority.URGENT, Tier.THIRD)).extracting("toClaim", "toResolve").containsExactly(Duration.ofMinutes(20), Duration.ofHours(3));
    assertThat(desk.sla().target(Priority.NORMAL, Tier.SECOND).toClaim()).isEqualTo(Duration.ofHours(2));
    assertThat(config.dataDir()).isEqualTo(Path.of("/srv/firstline"));
  }

  @Test
  void load_numericIds_areReadAsText(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"),
        "queues: {service-desk: {channel: 1180000000000000001, lead: 1180000000000000002}}\nstaff: {1180000000000000003: lead}\n");

    AppConfig config = AppConfig.load(file, home, Map.of());

    assertThat(config.desk().queue("service-desk").orElseThrow().channelId()).isEqualTo("1180000000000000001");
    assertThat(config.desk().queue("service-desk").orElseThrow().lead().id()).isEqualTo("1180000000000000002");
    assertThat(config.staff()).isEqualTo(Map.of("1180000000000000003", Set.of(Role.LEAD)));
  }

  @Test
  void load_database_takesThePasswordFromTheEnvironmentAndNeverPrintsIt(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), "database: {url: 'jdbc:postgresql://db:5432/firstline', user: bot}\n");

    AppConfig config = AppConfig.load(file, home, Map.of("FIRSTLINE_DB_PASSWORD", "s3cret"));

    assertThat(config.database()).isEqualTo(new AppConfig.Database("jdbc:postgresql://db:5432/firstline", "bot", "s3cret"));
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "queues: {helpdesk: {tier: 1st}}                      | queues.helpdesk.tier must be one of [2nd, 3rd] but was '1st'",
      "queues: {helpdesk: {chanel: C1}}                     | unknown key 'queues.helpdesk.chanel'; allowed keys are [channel, lead, tier]",
      "queues: {helpdesk: {}}                               | default queue 'service-desk' is not one of the queues [helpdesk]",
      "routes: {vpn-connect: nowhere}                       | topic 'vpn-connect' is routed to unknown queue 'nowhere'",
      "default-queue: nowhere                               | default queue 'nowhere' is not one of the queues",
      "staff: {eve: [second-line, boss]}                    | staff.eve must be one of [knowledge-manager, lead, second-line, third-line] but was 'boss'",
      "sla: {time-zone: Mars/Olympus}                       | sla.time-zone must be a time zone like Europe/Berlin or UTC but was 'Mars/Olympus'",
      "sla: {opens: 25:00}                                  | sla.opens must be a time like 08:00 or 17:30 but was '25:00'",
      "sla: {opens: '18:00', closes: '08:00'}               | the desk must open (18:00) before it closes (08:00)",
      "sla: {working-days: [monday, funday]}                | sla.working-days must be one of [fri, friday, mon, monday",
      "sla: {holidays: [christmas]}                         | sla.holidays must list dates like 2026-12-25 but had 'christmas'",
      "sla: {warn-at: 2}                                    | sla.warn-at must be a number between 0 and 1",
      "sla: {targets: {critical: {claim: 5m}}}              | unknown key 'sla.targets.critical'; allowed keys are [high, low, normal, urgent]",
      "sla: {targets: {low: {claim: 2h, resolve: 1h}}}      | sla.targets.low: need 0 < time to claim (PT2H) <= time to resolve (PT1H)",
      "sla: {deadline: 1h}                                  | unknown key 'sla.deadline'; allowed keys are [closes, holidays, opens, targets, time-zone, warn-at, working-days]",
      "reopen-window: never                                 | reopen-window must be a duration like 30m, 8h or 2d but was 'never'",
      "database: {url: 'jdbc:mysql://db/x', user: bot}      | database.url must start with jdbc:postgresql:",
      "database: {url: 'jdbc:postgresql://db/x'}            | database.user must be the database user name but was 'null'",
      "database: {url: 'jdbc:postgresql://db/x', user: a, password: b} | unknown key 'database.password'; allowed keys are [url, user]",
  })
  void load_badDeskOrStoreSetting_saysWhatIsAllowed(String yaml, String message, @TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve("firstline.yml"), yaml + "\n");

    assertThatThrownBy(() -> AppConfig.load(file, home, Map.of())).isInstanceOf(AppConfig.ConfigException.class)
        .hasMessageStartingWith(file + ": ").hasMessageContaining(message);
  }
}
