package sitrep.model;

import java.util.Set;

/**
 * One step of the per-document pipeline. A stage declares the layers it needs and the layers it
 * adds; {@link Pipeline} checks the chain when it is assembled. A stage is stateless with respect to
 * documents and safe to call from many threads; its resources are loaded once and shared.
 *
 * <p>A stage must accept any document that has its required layers: empty text, random unicode and
 * very long documents included. Problems with the document become {@link Warning}s, not exceptions.
 */
public interface Stage {
  /** A short name for logs and errors ("clean", "nlp", "time"). */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  /** Returns the document with this stage's layers added. */
  Document process(Document doc);
}
