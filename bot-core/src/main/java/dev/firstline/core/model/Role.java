package dev.firstline.core.model;

/** What a member of staff may do. */
public enum Role {
  SECOND_LINE,
  THIRD_LINE,
  KNOWLEDGE_MANAGER,
  LEAD
}
