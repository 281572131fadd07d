/** Team management (SaaS mode): admins add, rename, re-role and remove users; everyone manages their own profile. */
package io.lucent.platform.users;
