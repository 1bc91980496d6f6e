package dev.firstline.core;

import dev.firstline.core.port.QuestionLog;

class InMemoryQuestionLogTest extends QuestionLogContract {

  @Override
  protected QuestionLog newLog() {
    return new InMemoryQuestionLog();
  }
}
