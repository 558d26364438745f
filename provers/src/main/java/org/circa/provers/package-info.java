/** Module provers. */
package org.circa.provers;
