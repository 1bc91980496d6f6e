/**
 * JMH benchmarks: how long one decision and one knowledge-base load take on the bundled articles.
 * Run with {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 */
@NullMarked
package dev.firstline.bench;

import org.jspecify.annotations.NullMarked;
