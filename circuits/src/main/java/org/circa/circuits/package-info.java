/** Circuit DAGs, their builder, knowledge compilation and evaluators. */
package org.circa.circuits;
