/**
 * Layout, error pages, languages, and how money and dates are shown. Open to every
 * module.
 */
@ApplicationModule(displayName = "Web", type = ApplicationModule.Type.OPEN)
package kr.valuemall.web;

import org.springframework.modulith.ApplicationModule;
