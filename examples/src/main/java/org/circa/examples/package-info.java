/** Module examples. */
package org.circa.examples;
