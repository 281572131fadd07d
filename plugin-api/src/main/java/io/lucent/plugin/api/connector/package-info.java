/**
 * Connectors bring data into Lucent: file connectors parse uploaded files, live connectors read databases,
 * object stores and REST APIs. See {@link io.lucent.plugin.api.connector.Connector}.
 */
package io.lucent.plugin.api.connector;
