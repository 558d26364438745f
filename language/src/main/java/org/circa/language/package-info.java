/**
 * Terms, programs as parsed, diagnostics, and the {@code GroundProgram} intermediate
 * representation shared by every later stage.
 */
package org.circa.language;
