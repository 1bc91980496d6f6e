/**
 * The one runnable application: reads configuration, wires the bot by hand and offers the command
 * line ({@code chat}, {@code ask}, {@code kb validate}, {@code eval}).
 */
@NullMarked
package dev.firstline.app;

import org.jspecify.annotations.NullMarked;
