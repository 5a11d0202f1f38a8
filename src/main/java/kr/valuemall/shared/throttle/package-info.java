/**
 * Throttles on logins and forms: growing delays per client address, per account and per
 * address and account together, counted in PostgreSQL so that they hold across app
 * instances. No account is ever locked.
 */
package kr.valuemall.shared.throttle;
