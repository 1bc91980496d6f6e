package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firstline.core.report.ReportSeed;
import dev.firstline.tickets.JdbcTicketStore;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code firstline report} on a real embedded store seeded with {@link ReportSeed}'s three days, whose figures are worked out by hand. */
class ReportCommandTest {

  @TempDir Path dir;

  private String seeded() {
    try (JdbcTicketStore store = JdbcTicketStore.embedded(dir.resolve("data"), "HD")) {
      ReportSeed.seed(store.questionLog(), store);
    }
    return Cli.config(dir, "sla: {time-zone: UTC}");
  }

  /** Runs {@code firstline report ARGS} at the end of the seeded period. */
  private static Cli report(String... args) {
    CommandLine cli = Main.commandLine();
    ((ReportCommand) cli.getSubcommands().get("report").getCommand()).clock = Clock.fixed(ReportSeed.NOW, ZoneOffset.UTC);
    String[] all = new String[args.length + 1];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.execute(cli, all);
  }

  @Test
  void report_printsTheFiguresAndWritesAReadablePngChart() throws Exception {
    String config = seeded();
    Path chart = dir.resolve("charts/report.png");

    Cli cli = report("--since", "2026-01-05", "--chart", chart.toString(), "--config", config);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("Service report, 2026-01-05 00:00 to 2026-01-07 23:59 UTC (3 days)")
        .containsPattern("Questions +10 \\(2 not about IT, 1 choice offered and taken, counted once\\)")
        .containsPattern("Deflected +3 of 7 IT questions: 43% without a person \\(1 confirmed fixed\\)")
        .containsPattern("  password-reset +2\n  vpn-connect +2\n  outlook-start +1\n")
        .containsPattern("  by queue +servers 2, network 1, service-desk 1")
        .containsPattern("  by priority +urgent 1, high 1, normal 2, low 0")
        .containsPattern("  by line +2nd 3, 3rd 2")
        .containsPattern("Time to claim +median 30 min, 90th percentile 1 h \\(3 claimed\\)")
        .containsPattern("Time to resolve +median 5 h, 90th percentile 1 d \\(3 resolved\\)")
        .containsPattern("SLA met +2nd line 67% \\(2 of 3\\), 3rd line 50% \\(1 of 2\\)")
        .containsPattern("Reopened +33% \\(1 of 3 resolved\\)")
        .containsPattern("Satisfaction +3.7 of 5 from 3 ratings \\(1: 0, 2: 1, 3: 0, 4: 1, 5: 1\\)")
        .contains("Chart of the trend: " + chart);
    assertThat(Files.readAllBytes(chart)).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(chart.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ReportChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ReportChart.HEIGHT);
  }

  @Test
  void json_hasTheSameFigures_asNumbers() throws Exception {
    String config = seeded();

    Cli cli = report("--since", "2026-01-05", "--json", "--chart", dir.resolve("r.png").toString(), "--config", config);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/questions/it").asLong()).isEqualTo(7);
    assertThat(json.at("/questions/deflectionRate").asDouble()).isEqualTo(0.4286);
    assertThat(json.at("/timeToClaim/medianSeconds").asLong()).isEqualTo(30 * 60);
    assertThat(json.at("/timeToResolve/p90Seconds").asLong()).isEqualTo(24 * 3600);
    assertThat(json.at("/slaMetByTier/third/rate").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/trend/points").size()).isEqualTo(3);
    assertThat(cli.err()).contains("Chart: " + dir.resolve("r.png"));
  }

  @Test
  void emptyStore_saysThereIsNothingYet_stillWritesTheChart_andExitsZero() throws Exception {
    Path chart = dir.resolve("empty.png");

    Cli cli = report("--chart", chart.toString(), "--config", Cli.config(dir, "sla: {time-zone: UTC}"));

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("Nothing to report for 2025-12-08 23:59 to 2026-01-07 23:59 UTC (30 days) yet: no questions and no tickets.");
    assertThat(ImageIO.read(chart.toFile())).isNotNull();
  }

  @Test
  void aPeriodNotUnderstood_isRefusedWithTheFormsAccepted() {
    Cli cli = report("--since", "lastweek", "--chart", dir.resolve("x.png").toString(), "--config", Cli.config(dir));

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("firstline: 'lastweek' is not a period: use 24h, 30d, 12w or a day such as 2026-11-01");
    assertThat(dir.resolve("x.png")).doesNotExist();
  }
}
