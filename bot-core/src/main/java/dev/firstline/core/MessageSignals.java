package dev.firstline.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a message says beyond its topic: a greeting, a request for a person, or a sign that no
 * article can fix it (an outage, broken hardware, a compromised account, "I already tried that").
 * Patterns work on {@link #normalize(String) normalized} text.
 */
final class MessageSignals {

  private MessageSignals() {}

  /** Words for what a person signs in with, as typed into a form. */
  private static final String CREDENTIALS = "(password|credentials|creds|login|log-?in details|sign-?in details|username and password|account details)\\b";

  /** Why a message needs a person, most urgent first. */
  enum EscalationSignal {
    ACCOUNT_COMPROMISE(
        "\\b(hacked|compromised|account takeover|security breach)\\b",
        "\\b(i )?(didn't|did not|never|wasn't|was not) (trigger|request|initiate|approve|authori[sz]e|send|sent|write|wrote|log|sign)\\w*",
        "\\b(someone|somebody) (else )?(is |was |has )?(trying|tried|logged|signed|accessed|got into|using my|changed my)",
        "\\b(sign[- ]?in|login|log[- ]?in) (attempts?|alerts?|activity) from\\b",
        "\\b(aren't|weren't|wasn't|was not|were not|are not|isn't|is not) (me|mine)\\b",
        "\\b(don't|didn't|do not|did not) recogni[sz]e\\b|\\bunrecogni[sz]ed\\b|\\bunknown (device|number|location|sign-?in|login)\\b",
        "\\b(new|unusual|strange|suspicious|unfamiliar) (location|activity|(sign-?in|login|log-?in) (attempt|alert|activity|from))\\b",
        "\\b(moving|clicking|typing|opening) (on its own|by itself|by themselves)\\b",
        "\\b(ransom|bitcoin|\\.encrypted|encrypted (all )?(my|our|the) files|files (are|were|got|have been) encrypted)\\b",
        "\\b(requests?|prompts?|notifications?|codes?)\\b.{0,60}\\b(but|when|while|and) i('m| am|'m not| am not)? not (logging|signing|trying)",
        "\\bforward(s|ed|ing)? (everything|all (my |of my )?(mail|e-?mails|messages)|my (mail|e-?mails)) to\\b",
        "\\b(entered|typed|put in|gave|submitted) (in )?(my )?" + CREDENTIALS + ".{0,80}\\b(link|page|site|form|email)\\b",
        "\\b(link|page|site|form|email|clicked)\\b.{0,80}\\b(entered|typed|put in|gave|submitted) (in )?(my )?" + CREDENTIALS,
        "\\b(let|letting|allowed|gave)\\b.{0,20}\\b(him|her|them|someone|somebody|a stranger|a guy|a man|a woman|the caller)\\b.{0,30}"
            + "\\b(connect|remote|control|access|into my)\\b",
        "\\b(claiming|claimed|pretending|pretended|saying|said)( to be| (he|she|they) (was|were|is|are))( from)? (it|microsoft|the helpdesk|the service desk|tech support|support)\\b"),
    DATA_LEAK(
        "\\b(accidentally|mistakenly|by mistake|by accident|wrongly)\\b.{0,30}\\b(sent|emailed|e-mailed|shared|forwarded|posted|uploaded)\\b.{0,100}"
            + "\\b(external|outside (the company|address)|wrong (person|address|recipient|customer|client|group)|personal (e-?mail|address|account)|public)\\b",
        "\\b(sent|emailed|e-mailed|shared|forwarded|posted|uploaded)\\b.{0,80}\\b(salar\\w*|confidential|sensitive|personal data|patient data|customer data|payroll|bank details)\\b"
            + ".{0,80}\\b(external|outside|wrong (person|address|recipient)|public)\\b"),
    BROKEN_HARDWARE(
        "\\b(spilled|spilt|spill|liquid damage|water damage|soaked|got wet)\\b",
        "\\b(coffee|tea|latte|water|drink|juice|soda|coke|wine|beer|liquid)\\b.{0,40}\\b(over|on|onto|into|in) (my |the |our )?"
            + "(keyboard|laptop|computer|macbook|phone|monitor|screen|dock|docking station|desk phone|printer)\\b",
        "\\b(cracked|cracks?|smashed|shattered|snapped|bent)\\b",
        "\\b(swollen|bulging|expanding) (battery)?|battery (is |seems |looks )?(swollen|bulging|expanding|puffed)",
        "\\b(burning smell|smells? (of )?burn\\w*|smoke|smoking|sparks?|melted|on fire|caught fire|flames)\\b",
        "\\b(smells?|smelling) (weird|funny|strange|odd|hot|bad)\\b",
        "\\b(laptop|computer|pc|mac|macbook|phone|iphone|tablet|ipad|surface)\\b.{0,30}\\b(won't|wont|will not|doesn't|does not|can't|cannot) (power|turn|switch|boot) (on|up)\\b",
        "\\b(completely|totally) dead\\b|\\bno (lights?|signs of life) at all\\b",
        "\\b(dead pixels?|(coloured|colored|vertical|horizontal) lines?|lines (on|across) the screen)\\b",
        "\\b(clicking|grinding|rattling|buzzing|crackling|popping|hissing) (noise|sound)s?\\b",
        "\\b(blue screen|bsod|critical_process_died|kernel panic)\\b",
        "\\b(dropped|fell)\\b.{0,60}\\b(screen|laptop|phone|monitor|broke|broken|lines)\\b"),
    OUTAGE(
        "\\b(whole|entire) (\\w+ )?(team|office|floor|building|site|department|dept|company|shift|branch|warehouse|region|group)\\b",
        "\\b(everyone|everybody|nobody|no one|none of us|all of us|all users|all staff)\\b (on|in|at|from|across) ",
        "\\b(everyone|everybody|all of us|none of us)\\b (gets?|is|are|has|have|can't|cannot)",
        "\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|lots of|a lot of|all our|all the) (people|users|colleagues|staff|customers|callers|clients|machines|pcs|laptops|pipelines)\\b.{0,40}\\b(can't|cannot|are|have|got|get|getting|failing|down|stuck|seeing|were)\\b",
        "\\b(nobody|no one|none of us|everyone|everybody)\\b.{0,40}\\b(in|on|across|at) the (building|office|floor|site|company)\\b",
        "\\b(me and|and) (the )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (other )?(people|colleagues|of us)\\b",
        "\\b(anyone|everyone|nobody|no one|any of the \\w+|none of the \\w+) (in|on|at|from) (finance|accounts|sales|hr|marketing|support|level \\d+|floor \\d+|the \\w+ (team|office|department))\\b",
        "\\ball (the |our )?\\w+( \\w+)? (on|in|at) (level|floor|ward|store|site|branch|building|office|room|depot|shop) \\w+",
        "\\b(\\d+|several|many|most|all|half) of us\\b",
        "\\b(site|office|branch|store|ward|building|floor|depot|shop|warehouse) (has|had|have) no (network|internet|connectivity|wi-?fi|phones?|power|systems?)\\b",
        "\\bno (network|internet|connectivity|phones?|systems?) at all\\b",
        "\\b(to|for) any of the (agents|users|staff|people|callers)\\b",
        "\\b(unreachable|down|not working|offline|broken) for (our|the|my) (whole )?(department|team|office|floor|site|building)\\b",
        "\\b(customers|callers|clients|users) (are |were )?(seeing|getting|can't|cannot|unable|just get)",
        "\\bnot (only|just) me\\b",
        "\\bis \\S+( \\S+)? down\\b",
        "\\b(down|dead|offline|unreachable|not working) for (everyone|everybody|all|the whole|us all)\\b",
        "\\b(\\d+|dozens of|lots of|a lot of|loads of) (people|users|colleagues|staff)\\b.{0,20}\\b(standing|sitting|waiting) (around|idle)\\b",
        "\\b(server room|data ?cent(er|re)|comms room|server rack|network cabinet)\\b.{0,60}\\b(beep\\w*|alarms?|hot|overheat\\w*|off|down|flood\\w*|water|smoke|leak\\w*)\\b",
        "\\b(has been|have been|is|are|went) (down|unreachable)\\b",
        "\\b(outage|service unavailable|no incoming calls|bad gateway|gateway timeout|50[234])\\b",
        "\\b(error|errors|fails?|failing|broken|returns|down|not loading|can't|cannot)\\b.{0,40}\\bfor (everyone|everybody|all of us|all users|the whole \\w+)\\b"),
    ADMIN_ONLY(
        "\\baccount (has been |is |was |got )?disabled\\b",
        "\\bservice account\\b",
        "\\b(dns|a|cname|mx|txt) record\\b",
        "\\bport \\d+\\b|\\bfirewall (rule|change)\\b",
        "\\b(restore|roll ?back|recover)\\b.{0,60}\\b(database|db|server|vm|virtual machine)\\b",
        "\\b(change request|chg\\d+)\\b",
        "\\b\\d{2,} (\\w+ ){0,4}(licen[cs]es|seats|accounts|mailboxes)\\b",
        "\\b(production|prod) (web |app |application |database |db )?(server|database|db|environment|cluster)\\b",
        "\\b(haven't|hasn't|have not|has not|didn't|did not|not|stopped|aren't|isn't) (been )?sync(ed|ing)?\\b.{0,40}\\b(erp|crm|sap|wms|hr system|finance system|payroll)\\b",
        "\\b(showing|shows|shown|see|seeing|sees) (another|someone else's|the wrong|other) (patient|customer|client|employee|person|user)('?s)?\\b",
        "\\b(need|want|request|please|can you|could you|we'd like)\\b.{0,30}\\b(new|spin up|create|provision|set up)\\b.{0,20}\\b(linux |windows )?(vm|virtual machine|server|database|staging environment|sftp|ftp)\\b",
        "\\b(erp|crm|sap|hr system|payroll (system|software|export|file)|wms|power bi|dashboard|data ?warehouse|integration|export|import|sync job)\\b.{0,80}\\b(wrong|incorrect|missing|zero|duplicat\\w*|not syncing|stopped|failing|failed)\\b",
        "\\b(wrong|incorrect|missing|duplicat\\w*)\\b.{0,60}\\b(in|on) the (erp|crm|sap|hr system|payroll system|wms|dashboard)\\b",
        "\\bour (public |customer |company |external )?(website|site|portal|domain|server)'?s? (ssl |tls )?(cert|certificate)\\b"),
    ALREADY_TRIED(
        "\\balready (tried|did|done|followed|restarted|rebooted|reinstalled|reset|cleared|went through|checked|used)\\b",
        "\\b(did|tried|followed|done) (everything|all the steps|all of (that|it|this)|the steps|what the article)\\b",
        "\\b(did|done|reset|restarted|rebooted|reinstalled|re-?enrolled|ran)\\b.{0,40}\\b(\\d+|two|three|four|five|several|multiple|many) times\\b",
        "\\b(requested|request (was )?(sent|submitted|raised|made)|ticket (was )?(raised|logged|opened)|asked|submitted|raised)\\b.{0,40}"
            + "\\b(\\d+|two|three|four|five|several|a few|a couple of) (days|weeks|months) ago\\b",
        "\\b(second|third|fourth|2nd|3rd|4th) time\\b.{0,60}\\b(still|again)\\b|\\b(still|again)\\b.{0,60}\\b(second|third|fourth|2nd|3rd|4th) time\\b",
        "\\b(tried(?! to)|did|done|used|followed|restarted|rebooted|reinstalled|re-?enrolled|cleared|swapped|swapping|replaced|turned it off and on)\\b.{0,100}\\b(still|didn't help|did not help|no change|no difference|nothing changed|same (error|thing|problem|result))\\b");

    private final List<Pattern> patterns;

    EscalationSignal(String... regexes) {
      this.patterns = Stream.of(regexes).map(Pattern::compile).toList();
    }

    boolean in(String normalized) {
      return patterns.stream().anyMatch(p -> p.matcher(normalized).find());
    }
  }

  private static final Pattern ASKS_FOR_PERSON =
      anyOf(
          "\\b(talk|speak|chat) (to|with) (a |an |some |the )?(actual |real |live )?(person|human|someone|somebody|agent|engineer|technician|real person|helpdesk|service desk|it team|support team)\\b",
          "\\b(need|want|get me|connect me|put me through)( to| with)? (a |an |some )?(human|real person|person|engineer|technician|agent)\\b",
          "\\b(open|raise|create|log|file|submit) (me )?(a |an )?(ticket|incident)\\b",
          "\\bcan (a human|a person|someone|somebody) (look|check|call|help|have a look|come)\\b",
          "\\b(can|could) (someone|somebody|a person|an engineer|a technician|you)( from (it|the helpdesk|the service desk))? (come|pop|stop) (over|by|round|to)\\b",
          "\\b(please|pls|can|could) (someone |somebody |you |a person )?(call|ring|phone) me\\b",
          "\\b(human|live|real) (agent|person|being)\\b",
          "^(a |an )?(person|human|agent|someone|somebody|ticket|escalate)( please| pls| now)?$");

  /**
   * Phrases that on their own mark a request for another team. Deliberately narrow: words that also
   * turn up in IT questions ("since lunch", "the printer by the kitchen") are left to the redirect
   * articles, which compare meaning rather than words.
   */
  private static final Pattern NOT_IT =
      anyOf(
          "\\b(parking space|car park|aircon|air con|air conditioning|heating|radiator|thermostat)\\b",
          "\\b(coffee machine|vending machine|canteen|cafeteria)\\b",
          "\\b(parental leave|annual leave|sick leave|maternity|paternity|holiday days|days off|vacation days|leave balance)\\b",
          "\\b(payslip|pay slip|salary|get paid|payday|pay day|pension|expense claim)\\b",
          "\\b(tell me a joke|weather)\\b",
          "\\bare you (a |an )?(real person|human|bot|robot|ai)\\b");

  /** Things only IT deals with: when named, facility or HR words elsewhere do not make it non-IT. */
  private static final Pattern IT_THING =
      anyOf(
          "\\b(password|passwd|pwd|passcode|log ?in|logon|sign ?in|mfa|2fa|authenticator|vpn|wi-?fi|e-?mails?|outlook|inbox|mailbox)\\b",
          "\\b(laptop|computer|pc|macbook|desktop|monitor|keyboard|mouse|printer jam|paper jam|onedrive|sharepoint|excel|teams|software|app)\\b",
          "\\b(server room|data ?cent(er|re)|comms room|server rack|network cabinet)\\b");

  private static final Pattern GREETING_ONLY =
      Pattern.compile(
          "^(hi|hello|hey|hiya|heya|yo|howdy|hallo|bonjour|hola|good (morning|afternoon|evening)|morning|greetings)"
              + "( (there|team|all|everyone|folks|it|bot|helpdesk))?$");

  private static final Pattern THANKS_ONLY =
      Pattern.compile(
          "^(ok |okay |great |perfect |cool |awesome |brilliant )?(thanks|thank you|thx|ty|cheers|many thanks|thanks a lot|thank you so much)"
              + "( (a lot|so much|again|mate|team))?$");

  private static final Pattern FIXED =
      anyOf(
          "\\b(that|it|this) (worked|works|fixed it|did it|did the trick|helped|sorted it)\\b",
          "\\b(fixed|solved|sorted|resolved|working now|works now|all good|problem gone)\\b",
          "^(yes|yep|yeah|yup)\\b");

  private static final Pattern NOT_FIXED =
      anyOf(
          "\\b(still|didn't (work|help|fix)|did not (work|help|fix)|doesn't work|does not work|no luck|same (problem|issue|error)|not fixed|not working|nope)\\b",
          "^(no|nah)\\b");

  private static final Pattern REJECTS_OPTIONS =
      anyOf("\\b(none of (these|them|those|the above|that|this)|neither|something else|not (any|one) of (these|them|those))\\b", "^(other|none)$");

  private static final Pattern NEGATION = Pattern.compile("\\b(not|no|didn't|doesn't|isn't|still|never)\\b");

  /** Lower-cases, straightens quotes and collapses whitespace and emoji, so patterns stay simple. */
  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replaceAll("[\\p{So}\\p{Sk}\\p{Cs}]", " ")
        .replaceAll("\\b(dont|doesnt|didnt|cant|wont|isnt|wasnt|werent|arent|havent|hasnt|couldnt)\\b", "$0'")
        .replace("dont'", "don't")
        .replace("doesnt'", "doesn't")
        .replace("didnt'", "didn't")
        .replace("cant'", "can't")
        .replace("wont'", "won't")
        .replace("isnt'", "isn't")
        .replace("wasnt'", "wasn't")
        .replace("werent'", "weren't")
        .replace("arent'", "aren't")
        .replace("havent'", "haven't")
        .replace("hasnt'", "hasn't")
        .replace("couldnt'", "couldn't")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The strongest reason this message needs a person, if any. */
  static Optional<EscalationSignal> escalation(String normalized) {
    return Stream.of(EscalationSignal.values()).filter(s -> s.in(normalized)).findFirst();
  }

  static boolean asksForPerson(String normalized) {
    return ASKS_FOR_PERSON.matcher(normalized).find();
  }

  static boolean notIt(String normalized) {
    return NOT_IT.matcher(normalized).find();
  }

  static boolean namesItThing(String normalized) {
    return IT_THING.matcher(normalized).find();
  }

  static boolean greetingOnly(String normalized) {
    return GREETING_ONLY.matcher(lettersOnly(normalized)).matches();
  }

  static boolean thanksOnly(String normalized) {
    return THANKS_ONLY.matcher(lettersOnly(normalized)).matches();
  }

  static boolean saysFixed(String normalized) {
    return FIXED.matcher(normalized).find() && !NEGATION.matcher(normalized).find();
  }

  /** Whether the person says none of the topics offered is theirs. */
  static boolean rejectsOptions(String normalized) {
    return REJECTS_OPTIONS.matcher(normalized).find();
  }

  static boolean saysNotFixed(String normalized) {
    return NOT_FIXED.matcher(normalized).find();
  }

  private static String lettersOnly(String normalized) {
    return normalized.replaceAll("[^\\p{L} ]", " ").replaceAll("\\s+", " ").strip();
  }

  private static Pattern anyOf(String... regexes) {
    return Pattern.compile(Stream.of(regexes).collect(Collectors.joining("|", "(?:", ")")));
  }
}
