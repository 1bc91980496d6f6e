/**
 * The one runnable application: reads configuration, wires the bot and its ticket desk by hand and
 * offers the command line ({@code chat}, {@code ask}, {@code kb}, {@code eval}, {@code tickets}).
 */
@NullMarked
package dev.firstline.app;

import org.jspecify.annotations.NullMarked;
