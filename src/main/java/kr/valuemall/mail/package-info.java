/**
 * Outgoing e-mail: one way out for every module's mails, through Spring Mail when an SMTP
 * server is configured, with copies kept for staff at {@code /admin/mails} where no mail
 * server is at hand (the demo profile).
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = { "shared", "web" })
package kr.valuemall.mail;

import org.springframework.modulith.ApplicationModule;
