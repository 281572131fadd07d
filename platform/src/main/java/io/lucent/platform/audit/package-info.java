/** Each tenant's audit log: who did what to which resource, from which address and client, when. */
package io.lucent.platform.audit;
