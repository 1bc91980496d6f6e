package dev.firstline.slack;

import dev.firstline.core.report.QueueFigures;
import dev.firstline.core.report.ReportText;
import java.util.List;
import java.util.stream.Collectors;

/** An engineer's queues, one bulleted Markdown line each with its figures (empty for people who work no queue). */
final class QueueLines {

  private QueueLines() {}

  static String of(List<QueueFigures> queues) {
    return queues.stream().map(q -> "• " + ReportText.queue(q)).collect(Collectors.joining("\n"));
  }
}
