/**
 * The data model every stage shares: immutable records for documents, their annotation layers and
 * the event claims built from them, plus the {@link sitrep.model.Stage} contract.
 *
 * <p>Offsets are character offsets into a document's cleaned text unless a type says otherwise.
 */
@NullMarked
package sitrep.model;

import org.jspecify.annotations.NullMarked;
