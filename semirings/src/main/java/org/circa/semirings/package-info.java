/** Algebras (semirings with extra roles) that label and evaluate circuits. */
package org.circa.semirings;
