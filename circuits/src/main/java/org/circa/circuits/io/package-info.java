/**
 * Readers for compiled circuits written by other tools: SDD ({@code sdd_save}), c2d d-DNNF and
 * d4 d-DNNF, all giving a {@link org.circa.circuits.Circuit}.
 */
package org.circa.circuits.io;
