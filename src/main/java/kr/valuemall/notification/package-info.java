/**
 * Notifications: what happened to an account's orders, seller application, payout account
 * and listings, shown in the header's bell and on {@code /notifications}, and sent by
 * e-mail when the mall has an SMTP server.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "account", "catalog", "mail", "order", "origin", "seller", "shared", "web" })
package kr.valuemall.notification;

import org.springframework.modulith.ApplicationModule;
