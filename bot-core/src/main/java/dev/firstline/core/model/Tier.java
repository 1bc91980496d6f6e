package dev.firstline.core.model;

/** The support line a ticket is with: 2nd line engineers, or a 3rd-line specialist queue. */
public enum Tier {
  SECOND,
  THIRD
}
