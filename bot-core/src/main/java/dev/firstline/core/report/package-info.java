/**
 * Service reports for leads and engineers: how many questions the bot settled without a person,
 * what it answered, where escalations went, how fast they were claimed and resolved, SLA
 * compliance, reopens and satisfaction, and each queue's figures of the day. Figures are computed
 * here once ({@link dev.firstline.core.report.ServiceReports}, {@link
 * dev.firstline.core.report.QueueFigures}) and worded once ({@link
 * dev.firstline.core.report.ReportText}); the command line and the chat adapters only show them.
 * {@link dev.firstline.core.report.Reports} is the entry point for adapters.
 */
@NullMarked
package dev.firstline.core.report;

import org.jspecify.annotations.NullMarked;
