/**
 * The ministry's KPIs and exports, read from roll-ups this module owns, and the staff
 * home page.
 */
@ApplicationModule(displayName = "Reports")
package kr.valuemall.report;

import org.springframework.modulith.ApplicationModule;
