package dev.firstline.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void of_shortText_isUnchanged() {
    assertThat(Excerpt.of("short", 10)).isEqualTo("short");
  }

  @Test
  void of_longText_cutsAtTheLastLineBreakPastTheMiddle() {
    assertThat(Excerpt.of("first line\nsecond line that goes on", 20)).isEqualTo("first line");
  }

  @Test
  void of_noBreakLateEnough_cutsAtASpaceOrHard() {
    assertThat(Excerpt.of("a\nbbbbbbbbbb cccccccccc", 15)).isEqualTo("a\nbbbbbbbbbb");
    assertThat(Excerpt.of("abcdefghijklmnopqrstuvwxyz", 10)).isEqualTo("abcdefghij");
  }
}
