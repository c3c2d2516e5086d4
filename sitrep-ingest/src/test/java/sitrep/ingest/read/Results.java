package sitrep.ingest.read;

import java.util.ArrayList;
import java.util.List;
import sitrep.model.Document;

/** Reading arguments into a list, and splitting the results, for tests. */
final class Results {
  private Results() {}

  static List<ReadResult> read(ReadOptions opts, String... args) {
    List<ReadResult> out = new ArrayList<>();
    Inputs.read(List.of(args), opts, out::add);
    return out;
  }

  static List<ReadResult> read(String... args) {
    return read(ReadOptions.defaults(), args);
  }

  static List<Document> docs(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Loaded)
        .map(r -> ((ReadResult.Loaded) r).document()).toList();
  }

  static List<ReadResult.Rejected> rejected(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Rejected)
        .map(r -> (ReadResult.Rejected) r).toList();
  }

  /** Everything a user could see of the results, as one string. */
  static String everything(List<ReadResult> results) {
    StringBuilder sb = new StringBuilder();
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Loaded l) {
        Document d = l.document();
        sb.append(d.id()).append('\n').append(d.raw()).append('\n').append(d.meta()).append('\n')
            .append(d.warnings()).append('\n');
      } else {
        sb.append(r).append('\n');
      }
    }
    return sb.toString();
  }
}
