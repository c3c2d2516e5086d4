package sitrep.app.http;

/** User values in messages: quoted and cut short, so a huge value cannot flood a response. */
final class EventQueryText {
  private EventQueryText() {}

  static String quoted(String v) {
    return "\"" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "\"";
  }
}
