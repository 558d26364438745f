/** Module neural. */
package org.circa.neural;
