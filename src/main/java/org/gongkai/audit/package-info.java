/** 审计日志: the append-only record of who did what, when and from where. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.gongkai.audit;
