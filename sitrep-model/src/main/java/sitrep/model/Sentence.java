package sitrep.model;

import java.util.List;

/** A sentence of the cleaned text with its tokens; {@code index} counts from 0 per document. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String text(String documentText) {
    return span.of(documentText);
  }
}
