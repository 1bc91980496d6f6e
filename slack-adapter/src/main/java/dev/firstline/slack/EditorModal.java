package dev.firstline.slack;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article editor as a Slack modal: the Markdown file in one multiline input, and once it has
 * been submitted, the preview above it with a Publish button. The private metadata says which
 * article it is and which file was previewed, so publishing needs nothing kept in memory.
 */
final class EditorModal {

  static final String CALLBACK = "fl.kb-editor";
  static final String FILE = "file";
  /** The most a plain_text_input takes. */
  static final int LIMIT = 3_000;

  private static final int TITLE_LIMIT = 24;

  /** The article a modal edits, and the digest of the file it last previewed ("" before any preview). */
  record Editing(String id, boolean creating, String previewed) {

    String encode() {
      return (creating ? "new" : "edit") + "\n" + id + "\n" + previewed;
    }

    static Editing decode(String metadata) {
      String[] parts = metadata.split("\n", -1);
      if (parts.length != 3 || !(parts[0].equals("new") || parts[0].equals("edit"))) {
        throw new IllegalArgumentException("not an editor's metadata: '" + metadata + "'");
      }
      return new Editing(parts[1], parts[0].equals("new"), parts[2]);
    }

    /** The same article, with this file previewed. */
    Editing previewing(String file) {
      return new Editing(id, creating, digest(file));
    }

    /** Whether this very file was previewed, so that submitting it publishes. */
    boolean previewed(String file) {
      return !previewed.isEmpty() && previewed.equals(digest(file));
    }

    /** The input's block id; a new one after each preview, so that Slack shows the file sent back. */
    String block() {
      return FILE + "-" + (previewed.isEmpty() ? "0" : previewed.substring(0, 12));
    }
  }

  private EditorModal() {}

  /** The editor on this file, with the preview of it when there is one. */
  static View editor(Editing editing, String file, @Nullable String preview) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (preview == null) {
      blocks.add(BlockKit.context("The article's Markdown file: front matter between the `---` lines, then the body. "
          + "*Preview* checks it and shows it; nothing is published before you press *Publish*."));
    } else {
      blocks.add(BlockKit.context("*Preview*: this is what publishing changes. Change the file and press *Preview* again, or *Publish* it."));
      blocks.add(BlockKit.section(SlackText.mrkdwn(preview)));
      blocks.add(DividerBlock.builder().build());
    }
    PlainTextInputElement input = PlainTextInputElement.builder()
        .actionId(FILE)
        .multiline(true)
        .maxLength(LIMIT)
        .initialValue(file)
        .build();
    blocks.add(InputBlock.builder()
        .blockId(editing.block())
        .label(PlainTextObject.builder().text(editing.id() + ".md").build())
        .element(input)
        .build());
    return View.builder()
        .type("modal")
        .callbackId(CALLBACK)
        .privateMetadata(editing.encode())
        .title(title(editing))
        .submit(ViewSubmit.builder().type("plain_text").text(preview == null ? "Preview" : "Publish").build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .blocks(blocks)
        .build();
  }

  /** What became of publishing, in place of the editor. */
  static View done(Editing editing, String message) {
    return View.builder()
        .type("modal")
        .callbackId(CALLBACK)
        .privateMetadata(editing.encode())
        .title(title(editing))
        .close(ViewClose.builder().type("plain_text").text("Done").build())
        .blocks(List.of(BlockKit.section(SlackText.mrkdwn(message))))
        .build();
  }

  private static ViewTitle title(Editing editing) {
    String verb = editing.creating() ? "New" : "Edit";
    String title = verb + " " + editing.id();
    return ViewTitle.builder().type("plain_text").text(title.length() <= TITLE_LIMIT ? title : verb + " article").build();
  }

  static String digest(String file) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
