/**
 * The service desk behind escalations: tickets opened in a queue's staff channel, claimed by one
 * engineer, relayed both ways between the requester and staff, moved to another queue or to 3rd
 * line, resolved, rated, reopened and closed, with SLA reminders on a business-hours calendar.
 * {@link dev.firstline.core.desk.TicketDesk} is the entry point.
 */
@NullMarked
package dev.firstline.core.desk;

import org.jspecify.annotations.NullMarked;
