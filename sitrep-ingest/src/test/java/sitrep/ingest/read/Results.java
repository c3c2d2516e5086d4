package sitrep.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sitrep.model.Document;

/** Writing input files, reading arguments into a list, and splitting the results, for tests. */
final class Results {
  private Results() {}

  /** Writes {@code content} as UTF-8 to {@code dir/name}, creating parent directories. */
  static Path write(Path dir, String name, String content) throws IOException {
    return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

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
