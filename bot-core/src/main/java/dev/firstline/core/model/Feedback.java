package dev.firstline.core.model;

/** What a person said about an answer, by button or in words. */
public enum Feedback {
  FIXED,
  NOT_FIXED,
  TALK_TO_PERSON
}
