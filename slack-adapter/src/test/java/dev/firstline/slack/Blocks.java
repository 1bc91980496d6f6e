package dev.firstline.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the Block Kit a call posted: its buttons and its texts. */
final class Blocks {

  /** A button: its action id, value and label. */
  record Button(String actionId, String value, String label) {}

  private Blocks() {}

  static JsonArray of(FakeSlack.Call call) {
    String blocks = call.param("blocks");
    return blocks.isEmpty() ? new JsonArray() : JsonParser.parseString(blocks).getAsJsonArray();
  }

  static List<String> types(FakeSlack.Call call) {
    List<String> types = new ArrayList<>();
    of(call).forEach(b -> types.add(b.getAsJsonObject().get("type").getAsString()));
    return types;
  }

  static List<Button> buttons(FakeSlack.Call call) {
    List<Button> buttons = new ArrayList<>();
    for (JsonElement block : of(call)) {
      JsonObject b = block.getAsJsonObject();
      if (b.get("type").getAsString().equals("actions")) {
        for (JsonElement e : b.getAsJsonArray("elements")) {
          JsonObject el = e.getAsJsonObject();
          buttons.add(new Button(el.get("action_id").getAsString(), el.has("value") ? el.get("value").getAsString() : "",
              el.getAsJsonObject("text").get("text").getAsString()));
        }
      }
    }
    return buttons;
  }

  static List<String> actionIds(FakeSlack.Call call) {
    return buttons(call).stream().map(Button::actionId).toList();
  }

  static Optional<Button> button(FakeSlack.Call call, String actionId) {
    return buttons(call).stream().filter(b -> b.actionId().equals(actionId)).findFirst();
  }

  /** The texts of the sections, headers and contexts, in order. */
  static List<String> texts(FakeSlack.Call call) {
    List<String> texts = new ArrayList<>();
    for (JsonElement block : of(call)) {
      JsonObject b = block.getAsJsonObject();
      if (b.has("text")) {
        texts.add(b.getAsJsonObject("text").get("text").getAsString());
      }
      if (b.get("type").getAsString().equals("context")) {
        b.getAsJsonArray("elements").forEach(e -> texts.add(e.getAsJsonObject().get("text").getAsString()));
      }
    }
    return texts;
  }

  /** Whether every mrkdwn text object is verbatim (Slack parses no mention in it). */
  static boolean allMrkdwnVerbatim(FakeSlack.Call call) {
    boolean[] ok = {true};
    walk(JsonParser.parseString(call.param("blocks").isEmpty() ? "[]" : call.param("blocks")), ok);
    return ok[0];
  }

  private static void walk(JsonElement e, boolean[] ok) {
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> walk(x, ok));
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("type") && o.get("type").isJsonPrimitive() && o.get("type").getAsString().equals("mrkdwn")
          && !(o.has("verbatim") && o.get("verbatim").getAsBoolean())) {
        ok[0] = false;
      }
      o.entrySet().forEach(x -> walk(x.getValue(), ok));
    }
  }
}
