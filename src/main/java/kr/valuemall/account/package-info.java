/**
 * Users, sign-up, login and roles. One account can shop and, once approved, sell; staff
 * accounts are made by staff.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "mail", "shared", "web" })
package kr.valuemall.account;

import org.springframework.modulith.ApplicationModule;
