/** OpenNLP models per language, loaded once from the model jars and shared by all threads. */
@NullMarked
package sitrep.nlp.opennlp;

import org.jspecify.annotations.NullMarked;
