/**
 * 后台: the staff pages — sign-in, dashboard, agency and account management, audit log. Other
 * modules add their own back-office pages under {@code /admin} with the same layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.gongkai.backoffice;
