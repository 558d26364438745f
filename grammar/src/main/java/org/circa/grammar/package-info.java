/** Module grammar. */
package org.circa.grammar;
