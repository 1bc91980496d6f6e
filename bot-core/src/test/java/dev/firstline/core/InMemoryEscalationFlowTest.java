package dev.firstline.core;

import dev.firstline.core.port.TicketStore;

class InMemoryEscalationFlowTest extends EscalationFlowContract {

  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore("HD");
  }
}
