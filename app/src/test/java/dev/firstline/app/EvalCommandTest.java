package dev.firstline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @Test
  void eval_writesOneDecisionPerMessageAndPrintsTheFigures(@TempDir Path dir) throws Exception {
    Path queries = dir.resolve("q.tsv");
    Files.writeString(
        queries,
        "qid\texpected\ttext\n"
            + "a1\tpassword-reset\tI forgot my password\n"
            + "a2\tOUT_OF_SCOPE\twhat's for lunch in the canteen?\n"
            + "a3\tESCALATE\tI need to talk to a person\n");
    Path out = dir.resolve("out/decisions.tsv");

    Cli cli = Cli.run("eval", "--kb", Cli.KB, "--queries", queries.toString(), "--out", out.toString());

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("qid\texpected\tdecision\tarticle\tconfidence\tmicros");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("a1\tpassword-reset\tANSWER\tpassword-reset\t");
    assertThat(lines.get(2)).startsWith("a2\tOUT_OF_SCOPE\tDECLINE\t-\t");
    assertThat(lines.get(3)).startsWith("a3\tESCALATE\tESCALATE\t");
    assertThat(cli.out()).contains("100.0%  (1.0 of 1").contains("ESCALATE rows escalated:                       100.0%");
    assertThat(cli.err()).contains("3/3");
  }

  @Test
  void eval_fileWithoutHeader_failsWithLineNumber(@TempDir Path dir) throws Exception {
    Path queries = dir.resolve("q.tsv");
    Files.writeString(queries, "a1\tpassword-reset\tI forgot my password\n");

    Cli cli = Cli.run("eval", "--kb", Cli.KB, "--queries", queries.toString(), "--out", dir.resolve("o.tsv").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("q.tsv:1: the first line must be the header");
  }
}
