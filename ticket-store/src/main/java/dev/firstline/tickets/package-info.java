/** The ticket store on JDBC: the embedded default database and PostgreSQL (escalation issue). */
@NullMarked
package dev.firstline.tickets;

import org.jspecify.annotations.NullMarked;
