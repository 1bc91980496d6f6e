package dev.firstline.app;

import dev.firstline.core.report.ReportText;
import dev.firstline.core.report.ServiceReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The report's trend as a PNG line chart, drawn without a display: IT questions, those deflected
 * and tickets opened, per day or per week. A period with nothing in it still gets a chart, with
 * flat lines and a note saying so.
 */
final class ReportChart {

  static final int WIDTH = 1000;
  static final int HEIGHT = 520;

  private static final Color QUESTIONS = new Color(0x1f77b4);
  private static final Color DEFLECTED = new Color(0x2ca02c);
  private static final Color ESCALATIONS = new Color(0xd62728);

  private ReportChart() {}

  /** Writes the chart to {@code file}, creating its folder if needed. */
  static void write(ServiceReport report, ZoneId zone, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    ChartUtils.saveChartAsPNG(file.toFile(), chart(report, zone), WIDTH, HEIGHT);
  }

  private static JFreeChart chart(ServiceReport report, ZoneId zone) {
    boolean weekly = report.trend().unit() == ChronoUnit.WEEKS;
    String per = weekly ? "week" : "day";
    TimeSeriesCollection data = new TimeSeriesCollection();
    List<ServiceReport.Point> points = report.trend().points();
    data.addSeries(series("IT questions", points, ServiceReport.Point::questions));
    data.addSeries(series("Deflected (no person needed)", points, ServiceReport.Point::deflected));
    data.addSeries(series("Escalations (tickets opened)", points, ServiceReport.Point::escalations));
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Firstline: questions, deflections and escalations per " + per,
        weekly ? "Week starting" : "Day", "Count per " + per, data, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle(subtitle(report, zone), new Font(Font.SANS_SERIF, Font.PLAIN, 14)));
    style(chart.getXYPlot(), report.empty());
    return chart;
  }

  private static String subtitle(ServiceReport report, ZoneId zone) {
    String period = ReportText.period(report.period(), zone);
    if (report.empty()) {
      return period + ": no questions or tickets yet";
    }
    return period + ": " + report.deflection().deflected().percent() + " of " + report.deflection().itQuestions() + " IT questions deflected, "
        + report.escalations().tickets() + " tickets";
  }

  private static TimeSeries series(String name, List<ServiceReport.Point> points, ToLongFunction<ServiceReport.Point> count) {
    TimeSeries series = new TimeSeries(name);
    for (ServiceReport.Point p : points) {
      series.add(day(p.start()), count.applyAsLong(p));
    }
    return series;
  }

  private static Day day(LocalDate date) {
    return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private static void style(XYPlot plot, boolean empty) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    NumberAxis counts = (NumberAxis) plot.getRangeAxis();
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    counts.setAutoRangeIncludesZero(true);
    if (empty) {
      counts.setRange(0, 5); // flat lines at zero, on a scale a person can read
    }
    ((DateAxis) plot.getDomainAxis()).setLowerMargin(0.02);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    Color[] colors = {QUESTIONS, DEFLECTED, ESCALATIONS};
    for (int i = 0; i < colors.length; i++) {
      lines.setSeriesPaint(i, colors[i]);
      lines.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    plot.setRenderer(lines);
  }
}
