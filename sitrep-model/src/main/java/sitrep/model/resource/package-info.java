/** Loading and validating the data files (word lists, rule tables) that stages are built from. */
@NullMarked
package sitrep.model.resource;

import org.jspecify.annotations.NullMarked;
