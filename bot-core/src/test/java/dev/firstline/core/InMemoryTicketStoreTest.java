package dev.firstline.core;

import dev.firstline.core.port.TicketStore;

class InMemoryTicketStoreTest extends TicketStoreContract {

  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore("HD");
  }
}
