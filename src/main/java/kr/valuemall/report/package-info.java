/**
 * The ministry's KPIs and exports, read from roll-ups this module owns, and the staff
 * home page.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "account", "catalog", "order", "origin",
		"promotion", "seller", "settlement", "shared", "web" })
package kr.valuemall.report;

import org.springframework.modulith.ApplicationModule;
