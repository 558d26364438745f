/**
 * The evaluation benchmark ({@code circa bench}): {@link org.circa.circuits.bench.BenchMain}, the
 * recursive baseline it compares against, and random circuits for tests.
 */
package org.circa.circuits.bench;
