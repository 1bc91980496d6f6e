package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product's quality bar, measured on the labelled sets in {@code eval/} with the bundled
 * knowledge base and the default configuration (hybrid search): a change that makes the bot answer
 * worse fails the build. {@code blind-queries.tsv} is deliberately not asserted here: it is only
 * measured ({@code firstline eval}), so that it keeps telling how the bot does on unseen wording.
 */
class AnswerQualityTest {

  private static LocalBot bot;

  @BeforeAll
  static void start() {
    bot = LocalBot.start(AppConfig.load(null, Path.of(".."), Map.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../eval/dev-queries.tsv", "../eval/own-queries.tsv"})
  void evaluationSet_meetsTheQualityBar(String file) throws Exception {
    List<Evaluation.Result> results = Evaluation.run(bot.bot(), Evaluation.read(Path.of(file)), done -> {});
    Evaluation.Figures figures = Evaluation.figures(results);

    assertThat(figures.topicRate()).as("topic rows answered with the expected article\n" + figures.report()).isGreaterThanOrEqualTo(0.90);
    assertThat(figures.escalateRate()).as("ESCALATE rows escalated\n" + figures.report()).isGreaterThanOrEqualTo(0.85);
    assertThat(figures.outOfScopeRate()).as("OUT_OF_SCOPE rows not answered\n" + figures.report()).isGreaterThanOrEqualTo(0.95);
    assertThat(figures.wrongAnswerRate()).as("ANSWER decisions that were wrong\n" + figures.report()).isLessThanOrEqualTo(0.03);
  }
}
