package dev.firstline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firstline.core.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleParserTest {

  @TempDir Path dir;

  private ArticleParser parser;
  private final List<Problem> problems = new ArrayList<>();

  @BeforeEach
  void setUp() {
    Settings settings = Settings.load(ArticleText.write(dir.resolve(Settings.FILE_NAME), ArticleText.SETTINGS), problems);
    assertThat(problems).isEmpty();
    parser = new ArticleParser(settings);
  }

  private Optional<Article> parse(String fileName, ArticleText text) {
    return parse(fileName, text.toString());
  }

  private Optional<Article> parse(String fileName, String content) {
    Path file = dir.resolve(fileName);
    return parser.parse(file, content, problems);
  }

  /** Asserts that parsing failed with exactly one problem, in that file, on that line. */
  private Problem onlyProblem(Optional<Article> parsed, String fileName, int line) {
    assertThat(parsed).isEmpty();
    assertThat(problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.file()).isEqualTo(dir.resolve(fileName));
    assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
    return problem;
  }

  @Test
  void parse_validArticle_readsEveryFieldAndFillsSettings() {
    Article article = parse("vpn-connect.md", ArticleText.valid("vpn-connect")).orElseThrow();

    assertThat(problems).isEmpty();
    assertThat(article.id()).isEqualTo("vpn-connect");
    assertThat(article.title()).isEqualTo("Connect to the GlobalProtect VPN");
    assertThat(article.tags()).containsExactly("vpn", "remote access");
    assertThat(article.questions()).containsExactly("my GlobalProtect will not connect");
    assertThat(article.queue()).isEqualTo("network");
    assertThat(article.escalate()).isFalse();
    assertThat(article.owner()).isEqualTo("service-desk");
    assertThat(article.updated()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(article.body())
        .startsWith("Open GlobalProtect and sign in to vpn.example.org.")
        .contains("call +44 20 7946 0000.")
        .doesNotContain("{{");
  }

  @Test
  void parse_escalateTrue_isRead() {
    Article article = parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(8, "escalate: true")).orElseThrow();

    assertThat(article.escalate()).isTrue();
  }

  @Test
  void parse_windowsLineEndings_readsTheSameArticle() {
    String crlf = ArticleText.valid("vpn-connect").toString().replace("\n", "\r\n");

    Article article = parse("vpn-connect.md", crlf).orElseThrow();

    assertThat(article).isEqualTo(parse("vpn-connect.md", ArticleText.valid("vpn-connect")).orElseThrow());
    assertThat(problems).isEmpty();
  }

  @Test
  void parse_windowsLineEndings_reportsTheSameLine() {
    String crlf = ArticleText.valid("vpn-connect").insert(5, "author: bob").toString().replace("\n", "\r\n");

    onlyProblem(parse("vpn-connect.md", crlf), "vpn-connect.md", 5);
  }

  @Test
  void parse_noFrontMatter_reportsLine1() {
    Problem problem = onlyProblem(parse("vpn-connect.md", "# Connect to the VPN\n\nOpen the client.\n"), "vpn-connect.md", 1);

    assertThat(problem.message()).contains("---");
  }

  @Test
  void parse_frontMatterNotClosed_reportsLine1() {
    Problem problem = onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").remove(11)), "vpn-connect.md", 1);

    assertThat(problem.message()).contains("not closed");
  }

  @Test
  void parse_invalidYaml_reportsTheBrokenLine() {
    Problem problem =
        onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(3, "title: VPN: it: fails")), "vpn-connect.md", 3);

    assertThat(problem.message()).contains("invalid YAML");
  }

  @Test
  void parse_unknownKey_reportsItsLineAndTheAllowedKeys() {
    Problem problem =
        onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").insert(9, "author: bob")), "vpn-connect.md", 9);

    assertThat(problem.message()).contains("'author'").contains(ArticleParser.KEYS);
  }

  @Test
  void parse_duplicateKey_reportsTheSecondOne() {
    Problem problem =
        onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").insert(10, "queue: identity")), "vpn-connect.md", 10);

    assertThat(problem.message()).contains("'queue'", "twice");
  }

  @Test
  void parse_missingId_reportsTheFrontMatterStart() {
    Problem problem = onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").remove(2)), "vpn-connect.md", 2);

    assertThat(problem.message()).contains("'id'");
  }

  @Test
  void parse_idNotMatchingFileName_reportsTheIdLine() {
    // the id moved below the title, so the line cannot be a default
    ArticleText text = ArticleText.valid("vpn").remove(2).insert(3, "id: vpn");

    Problem problem = onlyProblem(parse("vpn-connect.md", text), "vpn-connect.md", 3);

    assertThat(problem.message()).contains("'vpn'", "vpn-connect.md");
  }

  @Test
  void parse_idNotLowerCaseWords_reportsTheIdLine() {
    ArticleText text = ArticleText.valid("VPN_Connect");

    parse("VPN_Connect.md", text);

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
  }

  @Test
  void parse_badDate_reportsTheUpdatedLine() {
    Problem problem =
        onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(10, "updated: 22/11/2026")), "vpn-connect.md", 10);

    assertThat(problem.message()).contains("22/11/2026");
  }

  @Test
  void parse_impossibleDate_reportsTheUpdatedLine() {
    onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(10, "updated: 2026-02-30")), "vpn-connect.md", 10);
  }

  @Test
  void parse_escalateNotBoolean_reportsItsLine() {
    Problem problem =
        onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(8, "escalate: yes")), "vpn-connect.md", 8);

    assertThat(problem.message()).contains("true or false", "'yes'");
  }

  @Test
  void parse_emptyBody_reportsTheFirstBodyLine() {
    ArticleText text = ArticleText.valid("vpn-connect").truncate(11).append("", "   ");

    Problem problem = onlyProblem(parse("vpn-connect.md", text), "vpn-connect.md", ArticleText.BODY_LINE);

    assertThat(problem.message()).contains("no body");
  }

  @Test
  void parse_unknownPlaceholderInBody_reportsItsLine() {
    ArticleText text = ArticleText.valid("vpn-connect").append("", "Or open {{it_portl}} in a browser.");

    Problem problem = onlyProblem(parse("vpn-connect.md", text), "vpn-connect.md", ArticleText.BODY_LINE + 4);

    assertThat(problem.message()).contains("{{it_portl}}", "vpn_client");
  }

  @Test
  void parse_unknownPlaceholderInTitle_reportsTheTitleLine() {
    ArticleText text = ArticleText.valid("vpn-connect").set(3, "title: Connect to {{vpn_name}}");

    onlyProblem(parse("vpn-connect.md", text), "vpn-connect.md", 3);
  }

  @Test
  void parse_tagsNotAList_reportsTheTagsLine() {
    onlyProblem(parse("vpn-connect.md", ArticleText.valid("vpn-connect").set(4, "tags: vpn")), "vpn-connect.md", 4);
  }

  @Test
  void parse_severalProblems_reportsEachWithItsLine() {
    ArticleText text = ArticleText.valid("vpn-connect").set(8, "escalate: maybe").set(10, "updated: soon");

    assertThat(parse("vpn-connect.md", text)).isEmpty();

    assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(8, 10);
  }
}
