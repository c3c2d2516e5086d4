package sitrep.ingest.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Publication dates that news sites put into article URLs: {@code /2021/07/08/}, {@code /2021-07-08/}. */
public final class UrlDates {
  private UrlDates() {}

  private static final Pattern SLASHED =
      Pattern.compile("/((?:19|20|21)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=[/_.-]|$)");
  private static final Pattern DASHED =
      Pattern.compile("[/_-]((?:19|20|21)\\d{2})-(\\d{2})-(\\d{2})(?=[/_.-]|$)");

  /** The date in a URL's path, or null. */
  public static @Nullable LocalDate find(@Nullable String url) {
    if (url == null) {
      return null;
    }
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    for (Pattern p : new Pattern[] {SLASHED, DASHED}) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        LocalDate d = Dates.of(m.group(1), m.group(2), m.group(3));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }
}
