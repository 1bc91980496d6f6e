package dev.firstline.core;

import static dev.firstline.core.MessageSignals.EscalationSignal.ACCOUNT_COMPROMISE;
import static dev.firstline.core.MessageSignals.EscalationSignal.ADMIN_ONLY;
import static dev.firstline.core.MessageSignals.EscalationSignal.ALREADY_TRIED;
import static dev.firstline.core.MessageSignals.EscalationSignal.BROKEN_HARDWARE;
import static dev.firstline.core.MessageSignals.EscalationSignal.DATA_LEAK;
import static dev.firstline.core.MessageSignals.EscalationSignal.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.MessageSignals.EscalationSignal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageSignalsTest {

  static Stream<Arguments> escalations() {
    return Stream.of(
        Arguments.of(ACCOUNT_COMPROMISE, "I think my email account has been hacked"),
        Arguments.of(ACCOUNT_COMPROMISE, "I just got an MFA prompt that I didn't request"),
        Arguments.of(ACCOUNT_COMPROMISE, "someone logged into my account from Brazil last night"),
        Arguments.of(ACCOUNT_COMPROMISE, "there are sign-in attempts from another country on my account"),
        Arguments.of(ACCOUNT_COMPROMISE, "my mailbox forwards all my emails to an address I don't know"),
        Arguments.of(ACCOUNT_COMPROMISE, "I typed my password into a page from a weird email"),
        Arguments.of(BROKEN_HARDWARE, "I spilled tea all over my keyboard"),
        Arguments.of(BROKEN_HARDWARE, "the screen on my laptop is cracked"),
        Arguments.of(BROKEN_HARDWARE, "my laptop battery is swollen and the case is lifting"),
        Arguments.of(BROKEN_HARDWARE, "there's a burning smell coming from the docking station"),
        Arguments.of(BROKEN_HARDWARE, "my PC won't turn on at all this morning"),
        Arguments.of(BROKEN_HARDWARE, "I dropped my phone and now the display has lines"),
        Arguments.of(BROKEN_HARDWARE, "keep getting a blue screen when I undock"),
        Arguments.of(OUTAGE, "the whole finance team can't open SAP"),
        Arguments.of(OUTAGE, "everyone in the London office has lost internet"),
        Arguments.of(OUTAGE, "is jira down?"),
        Arguments.of(OUTAGE, "all the scanners at depot 4 stopped working"),
        Arguments.of(OUTAGE, "about 20 of us cannot reach the intranet"),
        Arguments.of(OUTAGE, "the Leeds branch has no internet"),
        Arguments.of(OUTAGE, "checkout returns 503 since the deploy"),
        Arguments.of(ADMIN_ONLY, "please buy 25 more Visio licences for the design team"),
        Arguments.of(ADMIN_ONLY, "I need sudo on the prod database cluster"),
        Arguments.of(ADMIN_ONLY, "invoices haven't synced to SAP since monday"),
        Arguments.of(ADMIN_ONLY, "the portal is showing another customer's address on my account"),
        Arguments.of(ALREADY_TRIED, "third time this month the dock dies, still no fix"),
        Arguments.of(BROKEN_HARDWARE, "the charger caught fire under my desk"),
        Arguments.of(OUTAGE, "it's not just me, printing is stuck for the others too"),
        Arguments.of(OUTAGE, "customers are getting an error on the checkout page"),
        Arguments.of(OUTAGE, "12 people on the second floor can't print"),
        Arguments.of(ADMIN_ONLY, "my account has been disabled"),
        Arguments.of(ADMIN_ONLY, "the service account for the nightly export stopped working"),
        Arguments.of(ADMIN_ONLY, "please add a CNAME record for the new intranet"),
        Arguments.of(ADMIN_ONLY, "we need port 8443 opened for the supplier"),
        Arguments.of(ADMIN_ONLY, "can you restore the reporting database from last night's backup"),
        Arguments.of(ALREADY_TRIED, "I already restarted the router"),
        Arguments.of(ALREADY_TRIED, "I followed all the steps and nothing changed"),
        Arguments.of(ALREADY_TRIED, "reinstalled Teams three times and it makes no difference"),
        Arguments.of(ALREADY_TRIED, "I rebooted but I still get the same error"),
        Arguments.of(ACCOUNT_COMPROMISE, "login prompts on my phone overnight that werent me"),
        Arguments.of(ACCOUNT_COMPROMISE, "clicked the invoice link and typed in my login, was that bad"),
        Arguments.of(ACCOUNT_COMPROMISE, "a caller said she was from IT and I let her take control of my screen"),
        Arguments.of(DATA_LEAK, "I accidentally forwarded the customer list to my personal email"),
        Arguments.of(DATA_LEAK, "shared a file with payroll numbers to an external partner by mistake"),
        Arguments.of(BROKEN_HARDWARE, "my orange juice went all over the laptop"),
        Arguments.of(BROKEN_HARDWARE, "the dock smells hot and makes a popping sound"),
        Arguments.of(OUTAGE, "the wifi is dead for everyone on level 2"),
        Arguments.of(OUTAGE, "the comms room alarm keeps going off"),
        Arguments.of(ALREADY_TRIED, "I ran the network reset 4 times now"),
        Arguments.of(ALREADY_TRIED, "my access request was submitted three weeks ago and nothing yet"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("escalations")
  void escalation_signalInText_isThatSignal(EscalationSignal expected, String text) {
    assertThat(MessageSignals.escalation(MessageSignals.normalize(text))).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nobody can hear me in teams",
        "I clicked a link but didn't type anything",
        "the whole page is blank in Chrome",
        "my password expired",
        "how do I share my screen in zoom",
        "I already have access to sharepoint but can't open this folder",
        "is my account locked?",
        "my second monitor is not detected",
        "can you add me to the marketing distribution list",
        "outlook asks for my password every hour",
        "I tried to log in 3 times and now I'm locked out",
        "can I recall an email I sent too early",
        "how do I set up my login on the new laptop",
      })
  void escalation_ordinaryProblem_isEmpty(String text) {
    assertThat(MessageSignals.escalation(MessageSignals.normalize(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "can I talk to a person please",
        "I need a human",
        "please open a ticket for this",
        "can someone call me back",
        "I'd like to speak with the service desk",
        "Agent",
        "ticket",
        "real person please",
        "a human agent",
      })
  void asksForPerson_request_isTrue(String text) {
    assertThat(MessageSignals.asksForPerson(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the person on the other end of the call can't hear me",
        "how do I call someone on teams",
        "my ticket INC0012345 has had no update",
        "people say my camera is frozen",
      })
  void asksForPerson_problemMentioningPeople_isFalse(String text) {
    assertThat(MessageSignals.asksForPerson(MessageSignals.normalize(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the heating on the third floor is off again",
        "how do I check my leave balance",
        "when is payday this month",
        "tell me a joke",
        "are you a bot?",
        "the coffee machine in the kitchen is leaking",
      })
  void notIt_officeOrSmallTalk_isTrue(String text) {
    assertThat(MessageSignals.notIt(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outlook keeps asking for my password",
        "my second monitor flickers",
        "I can't connect to the vpn from home",
      })
  void notIt_itProblem_isFalse(String text) {
    assertThat(MessageSignals.notIt(MessageSignals.normalize(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hi", "Hello there!", "good morning team", "hey \uD83D\uDC4B", "Hiya", "  yo  "})
  void greetingOnly_justAGreeting_isTrue(String text) {
    assertThat(MessageSignals.greetingOnly(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"hi, my vpn is broken", "hello can you help me with outlook", "high cpu usage", "hey what's the wifi password"})
  void greetingOnly_greetingWithAQuestion_isFalse(String text) {
    assertThat(MessageSignals.greetingOnly(MessageSignals.normalize(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks!", "Thank you so much", "cheers mate", "ok thanks", "thx", "many thanks \uD83D\uDE4F"})
  void thanksOnly_justThanks_isTrue(String text) {
    assertThat(MessageSignals.thanksOnly(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks, but it still fails", "thanks for the link, where do I find my licence key", "thanksgiving rota"})
  void thanksOnly_thanksWithMore_isFalse(String text) {
    assertThat(MessageSignals.thanksOnly(MessageSignals.normalize(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"that worked, thanks!", "yes", "yep that did the trick", "all good now", "it works now \uD83C\uDF89", "sorted, cheers"})
  void saysFixed_success_isTrue(String text) {
    assertThat(MessageSignals.saysFixed(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"it is still not fixed", "no", "that didn't help", "nope, not working", "the fix did not work"})
  void saysFixed_failure_isFalse(String text) {
    assertThat(MessageSignals.saysFixed(MessageSignals.normalize(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"still broken", "nope", "didn't help at all", "no luck, same error", "no", "Doesnt work"})
  void saysNotFixed_failure_isTrue(String text) {
    assertThat(MessageSignals.saysNotFixed(MessageSignals.normalize(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"that worked", "perfect, all good", "fixed, thank you"})
  void saysNotFixed_success_isFalse(String text) {
    assertThat(MessageSignals.saysNotFixed(MessageSignals.normalize(text))).isFalse();
  }

  static Stream<Arguments> normalized() {
    return Stream.of(
        Arguments.of("I CANT log in", "i can't log in"),
        Arguments.of("Outlook doesnt   open", "outlook doesn't open"),
        Arguments.of("it won\u2019t sync", "it won't sync"),
        Arguments.of("\tVPN\n  drops \u2018again\u2019 ", "vpn drops 'again'"),
        Arguments.of("printer \uD83D\uDDA8 jammed", "printer jammed"));
  }

  @ParameterizedTest
  @MethodSource("normalized")
  void normalize_text_isLowerCaseWithStraightQuotesAndSingleSpaces(String text, String expected) {
    assertThat(MessageSignals.normalize(text)).isEqualTo(expected);
  }
}
