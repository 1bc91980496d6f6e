package dev.firstline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firstline.core.report.ReportPeriod;
import dev.firstline.core.report.ReportText;
import dev.firstline.core.report.ServiceReport;
import dev.firstline.core.report.ServiceReports;
import dev.firstline.tickets.JdbcTicketStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code firstline report [--since 30d] [--chart FILE] [--json]}: the service figures of a period
 * from the configured store, as a table (or JSON), and a PNG chart of their trend. A period with
 * nothing in it says so, still writes a chart (flat, with a note) and exits 0.
 */
@Command(name = "report", description = "Service figures of a period (deflection, answers by topic, escalations, time to claim and resolve, "
    + "SLA met, reopens, satisfaction) from the configured store, and a PNG chart of the trend.")
final class ReportCommand implements Callable<Integer> {

  static final String DEFAULT_CHART = "firstline-report.png";

  @Mixin CommonOptions common;

  @Option(names = "--since", paramLabel = "WHEN", defaultValue = ReportPeriod.DEFAULT,
      description = "How far back: 24h, 30d, 12w or a day such as 2026-11-01, from its midnight in the desk's time zone (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--chart", paramLabel = "FILE", defaultValue = DEFAULT_CHART,
      description = "Where to write the chart of the trend, a PNG image (default: ${DEFAULT-VALUE} in this folder).")
  Path chart;

  @Option(names = "--json", description = "Print the figures as JSON (the chart's path goes to standard error).")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** What "now" is: the end of the period; tests replace it. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    AppConfig config = common.config();
    ZoneId zone = config.desk().sla().calendar().zone();
    ReportPeriod period = ReportPeriod.since(since, clock.instant(), zone);
    ServiceReport report;
    JdbcTicketStore store = TicketStores.open(config);
    try {
      report = ServiceReports.read(store.questionLog(), store, period, zone);
    } finally {
      store.close();
    }
    Path image = chart.toAbsolutePath().normalize();
    ReportChart.write(report, zone, image);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReportJson.of(report)));
      spec.commandLine().getErr().println("Chart: " + image);
    } else {
      out.println(ReportText.summary(report, zone));
      out.println();
      out.println("Chart of the trend: " + image);
    }
    return 0;
  }
}
