/** Parameter learning from interpretations: programs with {@code t(...)} probabilities and examples in, learned programs out. */
package org.circa.provers.learn;
