/** The benchmark tools' command line: generate, load and startup, beside the JMH benchmarks. */
@NullMarked
package dev.firstline.bench.cli;

import org.jspecify.annotations.NullMarked;
