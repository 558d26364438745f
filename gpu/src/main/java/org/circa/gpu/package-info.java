/** Module gpu. */
package org.circa.gpu;
