/**
 * How the test kit loads plugins: the PF4J plugin manager, class loaders and call wrapper. Not part of the
 * test kit's contract with plugin authors; may change in any release.
 */
package io.lucent.plugin.testkit.internal;
