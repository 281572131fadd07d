/**
 * SaaS accounts: sign-up with an emailed six-digit code, sign-in (Argon2id passwords, lockout after 5 failures for
 * 15 minutes, optional emailed sign-in code per tenant), access tokens (HS256 JWT, at most 15 minutes, with
 * {@code sub}, {@code tid}, {@code role}, {@code exp}, {@code jti}), rotating refresh tokens (7 days, stored hashed,
 * reuse revokes the family), sign-out through a Redis revocation list seen by every node, password reset with a
 * single-use emailed token, and API keys ({@code lk_...}, stored hashed, with a role and an optional expiry).
 * Answers never reveal whether an email address has an account. Local mode installs none of this.
 */
package io.lucent.platform.auth;
